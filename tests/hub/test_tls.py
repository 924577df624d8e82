"""TLS to the hub: `sslmode=verify-full` works with the hub's CA, and a mismatch is one line.

A real server offering TLS with a certificate from a CA made here (the cryptography package
Kiem already uses for signatures), for the name `localhost` only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from review.hub.admin import HubAdmin, Roles, init
from review.hub.connection import HubError
from tests.pgserver import PgServer


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def _ca(text: str) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(_name(text)).issuer_name(_name(text))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    return cert, key


def _server(ca: x509.Certificate, ca_key: ec.EllipticCurvePrivateKey) -> tuple[bytes, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(_name("localhost")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    return (cert.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()))


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[PgServer, Path, Path]]:
    """A server with TLS, its CA's certificate, and another CA's."""
    folder = tmp_path_factory.mktemp("tls")
    ca, ca_key = _ca("Kiem test hub CA")
    other, _ = _ca("Someone else's CA")
    (folder / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (folder / "other.pem").write_bytes(other.public_bytes(serialization.Encoding.PEM))
    server = PgServer.start(folder / "pg", tls=_server(ca, ca_key))
    yield server, folder / "ca.pem", folder / "other.pem"
    server.stop()


def _url(server: PgServer, database: str, host: str, root: Path, user: str = "",
         password: str = "") -> str:
    who = f"{user}:{password}@" if user else f"kiemsuper:{server.password}@"
    return (f"postgresql://{who}{host}:{server.port}/{database}"
            f"?sslmode=verify-full&sslrootcert={root}")


def test_verify_full_with_the_hubs_ca_and_one_line_when_it_does_not_match(tls) -> None:
    server, ca, other = tls
    database = server.new_database()
    init(_url(server, database, "localhost", ca), "ann@example.org", "Ann", "ann-secret-1")
    ann = Roles(database).person("ann@example.org")
    HubAdmin(_url(server, database, "localhost", ca, ann, "ann-secret-1")).create_group("Desk")
    assert [g["name"] for g in HubAdmin(
        _url(server, database, "localhost", ca, ann, "ann-secret-1")).groups()] == ["Desk"]
    for host, root in (("localhost", other), ("127.0.0.1", ca)):  # wrong CA, wrong name
        with pytest.raises(HubError, match="the secure connection failed") as refused:
            HubAdmin(_url(server, database, host, root, ann, "ann-secret-1")).groups()
        assert "ann-secret-1" not in str(refused.value)
