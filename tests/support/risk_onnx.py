"""A cheaper runtime for round 3's embedding model (docs/risk-learnt.md, "Round 3", follow-up).

Research only, like tests/support/risk_embed.py: needs torch, sentence-transformers,
scikit-learn, onnx and onnxruntime (PyPI), which the project does not install:

    /work/research-venv/bin/python -m tests.support.risk_onnx [--refit] [--out /tmp/embed16b]

It exports the MiniLM transformer (risk_embed's unpacked model) to ONNX with torch.onnx, makes a
dynamic int8 copy (onnxruntime.quantization), and runs both with onnxruntime on one thread,
tokenising with the model's own tokenizer and pooling as sentence-transformers does (mean over
the attention mask, unit length). It prints, beside the torch model in the same run:

- CPU per message (one message at a time, every 5th dev item; median, p99, max);
- agreement on every HEAD dev item and brainstorm: the classifier and the *alarm* threshold are
  risk_embed's, fitted once on the torch vectors (as ``holdout`` fits them); each runtime's
  vectors are then scored by that same classifier. Printed: the share of messages whose OR
  decision (cues or score >= alarm) and model decision equal torch's, and the largest score
  difference; and the OR's counts on those texts (in-sample: for comparing runtimes only).
  ``--refit``: each runtime gets its own classifier and thresholds, fitted on its own vectors (as
  it would be if deployed), compared with torch's decisions the same way.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from tests.support.risk_embed import CACHE, MODEL_DIR, Embeddings, trainer_at
from tests.support.risk_rounds import cues_today, fit, items_at

Encode = Callable[[list[str]], Any]
"""Unit sentence vectors of some texts, one row each."""


def export(embeddings: Embeddings, out: Path) -> tuple[Path, Path]:
    """The transformer as ONNX (float32) and its dynamic int8 copy, written under ``out``."""
    torch = importlib.import_module("torch")
    quantization = importlib.import_module("onnxruntime.quantization")
    model = embeddings.model

    def forward(self: Any, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
        # By name: the tracer hands BertModel.forward its inputs by position, in another order.
        found = self.bert(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        )
        return found.last_hidden_state

    # A class made at run time: torch is not installed with the project (mypy cannot see it).
    hidden = type("LastHiddenState", (torch.nn.Module,), {"forward": forward})()
    hidden.bert = model[0].auto_model.eval()
    # Two lengths, so the traced graph keeps the padding mask (a batch without padding would
    # let the model drop it, and the trace would keep that choice for every batch).
    texts = ["a message to trace", "a longer message to trace, so the first one is padded"]
    sample = model.tokenizer(texts, padding=True, return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    fp32, int8 = out / "minilm.onnx", out / "minilm-int8.onnx"
    out.mkdir(parents=True, exist_ok=True)
    axes = {n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]}
    with torch.no_grad():
        torch.onnx.export(
            hidden,
            tuple(sample[n] for n in names),
            str(fp32),
            input_names=names,
            output_names=["last_hidden_state"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )
    quantization.quantize_dynamic(str(fp32), str(int8), weight_type=quantization.QuantType.QInt8)
    return fp32, int8


def onnx_encoder(path: Path, embeddings: Embeddings) -> Encode:
    """Sentence vectors from the ONNX file at ``path``, one thread, pooled as the model pools."""
    ort = importlib.import_module("onnxruntime")
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    model = embeddings.model
    limit = model.max_seq_length

    def encode(texts: list[str]) -> Any:
        found = model.tokenizer(
            texts, padding=True, truncation=True, max_length=limit, return_tensors="np"
        )
        feed = {i.name: found[i.name].astype(np.int64) for i in session.get_inputs()}
        hidden = session.run(None, feed)[0]
        mask = found["attention_mask"][..., None].astype(np.float32)
        pooled = (hidden * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)

    return encode


def per_message(encode: Encode, texts: list[str]) -> list[float]:
    """CPU milliseconds to embed each text alone (after 20 warm-up calls), sorted."""
    for text in texts[:20]:
        encode([text])
    cpu: list[float] = []
    for text in texts:
        start = time.thread_time()
        encode([text])
        cpu.append((time.thread_time() - start) * 1000)
    return sorted(cpu)


def batched(encode: Encode, texts: list[str]) -> dict[str, Any]:
    """Every text's vector, 32 at a time."""
    out: dict[str, Any] = {}
    for start in range(0, len(texts), 32):
        chunk = texts[start : start + 32]
        out.update(zip(chunk, encode(chunk), strict=True))
    return out


def main(argv: list[str]) -> int:
    """Export, quantise, time and compare (see the module's description)."""
    parser = argparse.ArgumentParser(prog="python -m tests.support.risk_onnx")
    parser.add_argument("--model-dir", type=Path, default=MODEL_DIR)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--out", type=Path, default=Path("/tmp/embed16b"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--inner", type=int, default=4)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--alarms", type=float, default=0.02)
    parser.add_argument(
        "--refit", action="store_true", help="each runtime's own classifier and thresholds"
    )
    args = parser.parse_args(argv)
    args.with_cue, args.threads = False, 1
    embeddings = Embeddings(args.model_dir, args.cache, threads=1)
    fp32, int8 = export(embeddings, args.out)
    print(f"ONNX {fp32.stat().st_size / 1e6:.0f} MB, int8 {int8.stat().st_size / 1e6:.0f} MB")
    scored, brainstorm = items_at("HEAD")
    scorer, limits = fit(scored, brainstorm, args, trainer_at(embeddings, args)("HEAD"))
    texts = sorted({i.text for i in scored + brainstorm})
    sample = [i.text for i in scored[::5]]
    model = embeddings.model
    runtimes: dict[str, Encode] = {
        "torch": lambda batch: model.encode(batch, batch_size=32, normalize_embeddings=True),
        "onnx float32": onnx_encoder(fp32, embeddings),
        "onnx int8": onnx_encoder(int8, embeddings),
    }
    cues = dict(zip(texts, cues_today(texts), strict=True))
    risk = {i.text: i.risk for i in scored + brainstorm}
    disclosures = sum(risk[t] for t in texts)
    embeddings.persist = False
    reference: tuple[list[float], list[bool], list[bool]] | None = None
    print(f"{len(sample)} messages timed one at a time, one thread; {len(texts)} compared")
    print(f"alarm threshold {limits.alarm:+.2f} (fitted on the torch vectors)")
    for name, encode in runtimes.items():
        cpu = per_message(encode, sample)
        embeddings.vectors = batched(encode, texts)
        if args.refit:
            scorer, limits = fit(scored, brainstorm, args, trainer_at(embeddings, args)("HEAD"))
        scores = scorer(texts)
        model_says = [s >= limits.alarm for s in scores]
        either = [cues[t] or m for t, m in zip(texts, model_says, strict=True)]
        reference = reference or (scores, model_says, either)
        diff = max(abs(a - b) for a, b in zip(reference[0], scores, strict=True))
        same_model = sum(a == b for a, b in zip(reference[1], model_says, strict=True))
        same_or = sum(a == b for a, b in zip(reference[2], either, strict=True))
        caught = sum(f and risk[t] for t, f in zip(texts, either, strict=True))
        alarms = sum(f and not risk[t] for t, f in zip(texts, either, strict=True))
        print(
            f"{name}: CPU median {statistics.median(cpu):.1f} ms, "
            f"p99 {cpu[int(len(cpu) * 0.99)]:.1f} ms, max {cpu[-1]:.1f} ms; "
            f"OR same as torch {same_or}/{len(texts)}, model same {same_model}/{len(texts)}, "
            f"max score difference {diff:.3f}; alarm {limits.alarm:+.2f}; OR on these dev "
            f"texts {caught}/{disclosures} caught, {alarms}/{len(texts) - disclosures} false alarms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
