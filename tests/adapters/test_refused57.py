"""Which failed sends free their event at once (round 57): a platform's error answer, or no
connection at all, means the message did not arrive; a timeout, or a connection dropped before
the answer, leaves it in doubt, and the event keeps its lease (a second answer is worse than a
wait)."""

from __future__ import annotations

import aiohttp
import pytest
from slack_sdk.errors import SlackApiError

from adapters.refused import Arrival, arrival_after, surely_unsent
from adapters.slack.delivery import DeliveryError


def _refusal(code: str) -> SlackApiError:
    """Slack's answer ``ok: false`` with `code`, as slack_sdk raises it."""
    return SlackApiError(code, {"ok": False, "error": code})  # type: ignore[no-untyped-call]


def _wrapped(cause: BaseException) -> Exception:
    """The error an SDK raises while handling `cause`, hiding it (``from None``)."""
    try:
        try:
            raise cause
        except BaseException:
            raise RuntimeError("the SDK's own error") from None
    except RuntimeError as wrapper:
        return wrapper


@pytest.mark.parametrize(
    "error",
    [
        _refusal("channel_not_found"),
        DeliveryError("response_url answered 500"),
        aiohttp.ClientOSError(111, "Connection refused"),
        RuntimeError("Operation returned an invalid status code 'Forbidden'"),
    ],
)
def test_an_error_answer_or_no_connection_is_known_not_to_have_arrived(error: Exception) -> None:
    assert surely_unsent(error) is True
    assert arrival_after(error) is Arrival.REFUSED


@pytest.mark.parametrize(
    "error",
    [
        TimeoutError(),
        aiohttp.ServerTimeoutError("read timed out"),
        aiohttp.ServerDisconnectedError(),
        _wrapped(TimeoutError()),
        _wrapped(aiohttp.ServerDisconnectedError()),
    ],
)
def test_a_timeout_or_a_dropped_answer_may_have_arrived(error: Exception) -> None:
    assert surely_unsent(error) is False
    assert arrival_after(error) is Arrival.UNSURE


def test_a_wrapper_of_an_error_answer_is_known_not_to_have_arrived() -> None:
    refused = _refusal("not_in_channel")
    assert surely_unsent(_wrapped(refused)) is True
