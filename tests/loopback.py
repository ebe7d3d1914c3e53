"""The server part the loopback test sites share: an HTTP server on a free
127.0.0.1 port, started and stopped by the test, that answers every GET
through the site's own ``respond`` and logs each request."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class LoopbackSite:
    """Subclasses give ``respond(path, headers) -> (status, headers, body)``;
    ``log`` holds (path, status, arrival time, request headers)."""

    def __init__(self) -> None:
        self.log: list[tuple[str, int, float, dict]] = []
        self._hits: dict[str, int] = {}
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self):  # -> the site itself
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def hit(self, path: str) -> int:
        """How many times ``path`` has been asked for, this request included."""
        with self._lock:
            hits = self._hits[path] = self._hits.get(path, 0) + 1
        return hits

    def route(self, raw_path: str) -> str:
        """The path a request is answered and logged by (the query dropped)."""
        return raw_path.split("?")[0]

    def respond(self, path: str, headers: dict) -> tuple[int, dict, bytes]:
        raise NotImplementedError

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                arrived = time.monotonic()  # when the request came, not when it was answered
                path = site.route(self.path)
                headers = dict(self.headers.items())
                status, extra, body = site.respond(path, headers)
                with site._lock:
                    site.log.append((path, status, arrived, headers))
                try:
                    self.send_response(status)
                    for key, value in extra.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        return Handler
