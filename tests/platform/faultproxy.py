"""A fault-injecting TCP proxy on loopback, between the kiosk's HTTP client and the platform.

Real sockets, real bytes: the client and the server are unchanged, the proxy only decides what
reaches whom. Faults are armed per *connection* (the client's connection pool may keep one
connection for several requests, so arming a fault also closes idle client connections: the
next request opens a new one and meets the fault).

Faults:

* ``refuse()`` / ``allow()``: stop listening (connections are refused, as with the server
  down) and listen again on the same port;
* ``drop_upload_after(n, connections=1)``: forward ``n`` request bytes, then reset both sides
  (a link that dies mid-upload; the server never sees a whole request);
* ``drop_response(connections=1)``: forward the whole request, let the server answer, but reset
  the client before any answer byte reaches it (the server did the work, the kiosk never
  heard: the resend must be deduplicated by the idempotency key);
* ``delay(seconds)``: hold every forwarded chunk this long (timeouts);
* ``respond(status, body, headers, connections=1)``: answer HTTP requests itself (500, 503,
  429 with ``Retry-After``...) after reading each request in full, never forwarding it.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from dataclasses import dataclass, field


@dataclass
class _Fault:
    kind: str
    connections: int
    upload_bytes: int = 0
    status: int = 500
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


def _abort(sock: socket.socket) -> None:
    """Close with RST (SO_LINGER 0), like a dropped link, not a polite FIN.

    Lesson: close() from another thread does not wake a thread blocked in recv() on the same
    socket; shutdown(SHUT_RD) does (recv returns b""), and sends nothing to the peer.
    """
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RD)
    with contextlib.suppress(OSError):
        sock.close()


class FaultProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self._lock = threading.Lock()
        self._faults: list[_Fault] = []
        self._delay = 0.0
        self._clients: set[socket.socket] = set()
        self._listener: socket.socket | None = None
        self._stopped = False
        self.port = 0
        self.connections = 0
        self.responded = 0
        self.dropped = 0
        self._listen()

    # ------------------------------------------------------------------ lifecycle

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _listen(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        sock.listen(64)
        self.port = sock.getsockname()[1]
        self._listener = sock
        threading.Thread(target=self._accept_loop, args=(sock,), daemon=True).start()

    def close(self) -> None:
        self._stopped = True
        self.refuse()

    def refuse(self) -> None:
        """Stop listening and reset open connections: clients now get ECONNREFUSED."""
        with self._lock:
            listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        self.reset_clients()

    def allow(self) -> None:
        """Listen again on the same port."""
        with self._lock:
            listening = self._listener is not None
        if not listening:
            self._stopped = False
            self._listen()

    def reset_clients(self) -> None:
        """Reset every proxied connection (both sides)."""
        with self._lock:
            clients, self._clients = list(self._clients), set()
        for client in clients:
            _abort(client)

    # ------------------------------------------------------------------ faults

    def _arm(self, fault: _Fault) -> None:
        with self._lock:
            self._faults.append(fault)
        self.reset_clients()

    def drop_upload_after(self, n_bytes: int, connections: int = 1) -> None:
        self._arm(_Fault("drop_upload", connections, upload_bytes=n_bytes))

    def drop_response(self, connections: int = 1) -> None:
        self._arm(_Fault("drop_response", connections))

    def respond(
        self,
        status: int,
        body: dict | None = None,
        headers: dict[str, str] | None = None,
        connections: int = 1,
    ) -> None:
        data = json.dumps(body or {"error": {"code": "injected", "message": "fault"}}).encode()
        self._arm(_Fault("respond", connections, status=status, body=data, headers=headers or {}))

    def delay(self, seconds: float) -> None:
        self._delay = seconds

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
        self._delay = 0.0

    def _next_fault(self) -> _Fault | None:
        with self._lock:
            if not self._faults:
                return None
            fault = self._faults[0]
            fault.connections -= 1
            if fault.connections <= 0:
                self._faults.pop(0)
            return fault

    # ------------------------------------------------------------------ plumbing

    def _accept_loop(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            with self._lock:
                if self._listener is not listener:
                    _abort(client)
                    return
                self._clients.add(client)
                self.connections += 1
            fault = self._next_fault()
            threading.Thread(target=self._handle, args=(client, fault), daemon=True).start()

    def _handle(self, client: socket.socket, fault: _Fault | None) -> None:
        if fault is not None and fault.kind == "respond":
            self._answer(client, fault)
            return
        try:
            upstream = socket.create_connection(self.target, timeout=5)
        except OSError:
            _abort(client)
            return
        upstream.settimeout(None)
        with self._lock:
            self._clients.add(upstream)
        done = threading.Event()
        up_limit = fault.upload_bytes if fault and fault.kind == "drop_upload" else None
        drop_answer = fault is not None and fault.kind == "drop_response"

        def pump(src: socket.socket, dst: socket.socket, limit: int | None, kill: bool) -> None:
            sent = 0
            try:
                while True:
                    chunk = src.recv(65536)
                    if not chunk:
                        break
                    if kill:  # the answer exists: make sure the client never sees it
                        self.dropped += 1
                        break
                    if limit is not None and sent + len(chunk) > limit:
                        dst.sendall(chunk[: max(0, limit - sent)])
                        self.dropped += 1
                        break
                    if self._delay:
                        time.sleep(self._delay)
                    dst.sendall(chunk)
                    sent += len(chunk)
            except OSError:
                pass
            finally:
                done.set()

        threading.Thread(target=pump, args=(client, upstream, up_limit, False), daemon=True).start()
        threading.Thread(
            target=pump, args=(upstream, client, None, drop_answer), daemon=True
        ).start()
        done.wait()
        _abort(client)
        _abort(upstream)
        with self._lock:
            self._clients.discard(client)
            self._clients.discard(upstream)

    def _answer(self, client: socket.socket, fault: _Fault) -> None:
        try:
            client.settimeout(10)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = client.recv(65536)
                if not chunk:
                    return
                data += chunk
            head, _, body = data.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            while len(body) < length:
                chunk = client.recv(65536)
                if not chunk:
                    return
                body += chunk
            reason = {429: "Too Many Requests", 500: "Internal Server Error"}.get(
                fault.status, "Injected"
            )
            lines = [
                f"HTTP/1.1 {fault.status} {reason}",
                "Content-Type: application/json",
                f"Content-Length: {len(fault.body)}",
                "Connection: close",
                *(f"{k}: {v}" for k, v in fault.headers.items()),
            ]
            self.responded += 1  # before sending: the client may assert on it at once
            client.sendall("\r\n".join(lines).encode() + b"\r\n\r\n" + fault.body)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                client.close()
            with self._lock:
                self._clients.discard(client)
