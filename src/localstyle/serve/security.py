"""Local by default: requests must name this server in their Host header (a web page that rebinds its
own domain to 127.0.0.1 is refused), and requests that change anything must not come from another site
(a page the user visits cannot post jobs here). There is no login: binding 0.0.0.0 says so."""

from __future__ import annotations

from urllib.parse import urlsplit

from localstyle.serve.errors import discard_body, send_error

LOCAL_NAMES = {"localhost", "127.0.0.1", "::1"}
EVERY_INTERFACE = {"0.0.0.0", "::", ""}
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def no_login_warning(host: str, port: int) -> str | None:
    """The line printed at start-up when the server can be reached from other machines."""
    if host.lower() in LOCAL_NAMES or host.startswith("127."):
        return None
    where = f"every interface ({host or '0.0.0.0'})" if host in EVERY_INTERFACE else host
    return (f"warning: listening on {where}: anyone who can reach port {port} can upload photos and run "
            "jobs here; there is no login")


def host_name(host: str) -> str:
    """'127.0.0.1:8765' -> '127.0.0.1'; '[::1]:8765' -> '::1'."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class LocalOnly:
    """ASGI middleware: Host must be the bound address or a local name (any Host when bound to every
    interface); POST/DELETE/... with a cross-site Origin or Sec-Fetch-Site are refused with 403."""

    def __init__(self, app, bound_host: str):
        self.app = app
        self.allowed = None if bound_host in EVERY_INTERFACE else LOCAL_NAMES | {host_name(bound_host)}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        host = headers.get(b"host", b"").decode("latin-1")
        if self.allowed is not None and host_name(host) not in self.allowed:
            await discard_body(receive)
            return await send_error(send, 403, f"Host {host!r} is not this server: open it as 127.0.0.1 or "
                                    "localhost (other names are refused against DNS rebinding)")
        refusal = self._cross_site(scope["method"], headers, host, scope.get("scheme", "http"))
        if refusal:
            await discard_body(receive)
            return await send_error(send, 403, refusal)
        return await self.app(scope, receive, send)

    @staticmethod
    def _cross_site(method: str, headers: dict, host: str, scheme: str) -> str | None:
        if method in SAFE_METHODS:
            return None
        origin = headers.get(b"origin")
        if origin is not None:
            # The scheme counts too: https://127.0.0.1:PORT is another origin than this http server.
            sent = urlsplit(origin.decode("latin-1"))
            if (sent.scheme.lower(), sent.netloc.lower()) != (scheme, host.lower()):
                return (f"cross-site request refused: Origin {origin.decode('latin-1')!r} is not this server "
                        f"({scheme}://{host})")
        if headers.get(b"sec-fetch-site") == b"cross-site":
            return "cross-site request refused (Sec-Fetch-Site: cross-site)"
        return None
