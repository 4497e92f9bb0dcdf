"""The knowledge cache's key remembered with the state of the files it was computed from.

The key (`knowledge.pack_cache.pack_key`) hashes every byte of the packs, of this package's
modules and of the learnt model: about 1.8 MB read and hashed at every start, 3% of a later
`infoshare ask`'s instructions. The key is kept beside the caches with each file's status when
it was computed: device, inode, size, and the times of its last change in nanoseconds, of its
content (`st_mtime_ns`) and of the file itself (`st_ctime_ns`). A start whose files all have
that status takes the key kept; any other computes it again from the bytes, and keeps it.

Writing a file sets both its times to the clock. The modification time can be set back by hand
or by a copy that keeps it (`cp -p`, `rsync -a`, an archive unpacked), but the change time
cannot: setting either time, or replacing the file, sets it to the clock again, so a file with
other bytes never has the status kept (byte-code's own check, size and modification time in
seconds, is weaker). The clock a file's times are set from moves in steps of a few
milliseconds, so a file written twice within one step keeps one status: as git does for its
index, a key is kept only when every file last changed at least `SETTLED_NS` before its status
was taken (a file changed after that has a later time). Whoever can write the cache directory
could write a wrong key there, as they could write a wrong cache (`knowledge.snapshot`: the
directory is the service's own).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from time import time_ns

RECORD = "key-status.txt"
SETTLED_NS = 2_000_000_000
"""How long before its status is taken a file must have last changed for the key to be kept."""


def file_status(paths: Iterable[str | Path]) -> tuple[str, bool]:
    """One line for each file (its path, device, inode, size and times of last change), and
    whether every file last changed `SETTLED_NS` or more before now.

    Raises:
        OSError: a file cannot be found.
    """
    settled = time_ns() - SETTLED_NS
    newest = 0
    lines = []
    for path in paths:
        s = os.stat(path)
        newest = max(newest, s.st_mtime_ns, s.st_ctime_ns)
        lines.append(
            f"{path}\0{s.st_dev}\0{s.st_ino}\0{s.st_size}\0{s.st_mtime_ns}\0{s.st_ctime_ns}"
        )
    return "\n".join(lines), newest <= settled


def remembered_key(
    directory: Path, status: str, compute: Callable[[], str | None], *, settled: bool = True
) -> str | None:
    """The key kept in `directory` for files of this `status`, or else `compute()`, then kept
    there with it (when it can be: a directory that cannot be written to only means the key is
    computed at every start).

    Args:
        directory: the cache directory.
        status: `file_status` of every file the key is computed from, taken before it is (a
            file changed while it is computed has another status at the next start).
        compute: the key from the files' bytes (None: a file cannot be read).
        settled: `file_status`' second answer; False computes the key and keeps nothing.
    """
    path = directory / RECORD
    try:
        kept = path.read_bytes()
    except OSError:
        kept = b""
    kept_status, _, key = kept.decode("utf-8", "replace").rpartition("\n\n")
    if kept_status == status and key.isalnum() and key.isascii():
        return key
    computed = compute()
    if computed is not None and settled:
        from knowledge.pack_cache import replace_file  # noqa: PLC0415 (only to write)

        try:
            directory.mkdir(parents=True, exist_ok=True)
            replace_file(directory, path, f"{status}\n\n{computed}".encode())
        except OSError:
            pass
    return computed
