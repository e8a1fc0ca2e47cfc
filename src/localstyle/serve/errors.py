"""The API's one error shape, `{"error": "one line"}`, for routes and for plain ASGI middleware."""

import json

from localstyle import options
from localstyle.errors import FieldError, one_line


class RequestError(Exception):
    """Bad input noticed while answering a request: `status` and a one-line `{"error": ...}`."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def error_body(message: str) -> bytes:
    return json.dumps({"error": " ".join(str(message).split())}).encode("utf-8")


async def discard_body(receive, limit: int = 32 << 20) -> None:
    """Read and drop the request body (up to `limit` bytes) before an early answer: a socket closed with
    unread data is reset by the kernel, and the client can then lose the answer it was sent."""
    seen = 0
    while seen <= limit:
        message = await receive()
        seen += len(message.get("body", b""))
        if message["type"] != "http.request" or not message.get("more_body"):
            return


async def send_error(send, status: int, message: str) -> None:
    """An error answer from plain ASGI middleware (before FastAPI sees the request)."""
    body = error_body(message)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


def request_words(exc: BaseException) -> str:
    """A library error as the web API says it: a field a request sets by its own name, one only the server
    sets as the server's command-line flag ("the server's --adapters")."""
    if not isinstance(exc, FieldError):
        return one_line(exc)
    spelled = exc.field if exc.field in options.names_for("request") or exc.field in REQUEST_OWN else \
        f"the server's {options.flag_of(exc.field)}"
    return one_line(exc.spelled(spelled))


REQUEST_OWN = ("box", "mask", "points", "keep", "image", "photo", "instruction")  # a request's fields, not options
