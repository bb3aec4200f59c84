"""kg serve on a port that is taken fails with one line and a non-zero status, before starting anything."""

from __future__ import annotations

import socket

from kg.cli import main


def test_a_busy_port_is_a_one_line_error(tmp_path, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        status = main(["serve", "-o", str(tmp_path), "--port", str(port)])
    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith("kg: error: cannot serve on 127.0.0.1:") and len(err.splitlines()) == 1
