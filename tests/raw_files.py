"""What is readable in a database's files, byte for byte (R31), read by another process.

Opening the live database file in this process, outside SQLite, would drop this process's POSIX locks
on it (DESIGN.md, "Facts"); a second process that then closes its connection could delete the WAL and
make a test pass for the wrong reason. A child process reads the files instead.

An encrypted database (issue 12) is read twice: as its raw bytes (nothing may be readable there at all)
and as its pages decrypted here, independently of SQLite, with the database's key (`decrypted_pages`):
so the R31 probes still see what an erasure left in free pages, unused cell space and the write-ahead
log, exactly as on a plain file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from spaceoptics_desk.store.cipher import DatabaseKey

# SQLCipher 4's defaults (PRAGMA cipher_settings): 4096-byte pages, each ending in an 80-byte reserve that
# holds the page's 16-byte IV and then its 64-byte HMAC-SHA512; page 1 begins with the file's 16-byte salt
# instead of SQLite's header. With a raw key (x'…') the key itself is the AES-256 key (no KDF).
PAGE_SIZE = 4096
RESERVE = 80
IV_SIZE = 16
SALT_SIZE = 16
SQLITE_HEADER = b"SQLite format 3\x00"
# The write-ahead log: a 32-byte header, then frames of a 24-byte header (page number first) and a page.
WAL_HEADER = 32
FRAME_HEADER = 24


def decrypt_page(key: bytes, page: bytes, number: int) -> bytes:
    """The plaintext of one encrypted page (`number` 1 is the file's first page)."""
    start = SALT_SIZE if number == 1 else 0
    end = PAGE_SIZE - RESERVE
    iv = page[end : end + IV_SIZE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(page[start:end]) + decryptor.finalize()
    return (SQLITE_HEADER if number == 1 else b"") + plain


def decrypted_pages(key: bytes, database: bytes, log: bytes = b"") -> Iterator[bytes]:
    """Every page of the database file, then every page in a frame of its write-ahead log, decrypted."""
    for offset in range(0, len(database) - PAGE_SIZE + 1, PAGE_SIZE):
        yield decrypt_page(key, database[offset : offset + PAGE_SIZE], offset // PAGE_SIZE + 1)
    frame = FRAME_HEADER + PAGE_SIZE
    for offset in range(WAL_HEADER, len(log) - frame + 1, frame):
        number = int.from_bytes(log[offset : offset + 4], "big")
        yield decrypt_page(key, log[offset + FRAME_HEADER : offset + frame], number)


_READER = """
import json, sys
from pathlib import Path
from tests.raw_files import decrypted_pages
db = Path(sys.argv[1])
wanted = json.loads(sys.stdin.readline())
secret = sys.stdin.readline().strip()  # the key's hex, or empty for a plain file: never on a command line
files = [p.read_bytes() if p.exists() else b"" for p in (db, db.with_name(db.name + "-wal"))]
data = b"".join(files)
if secret:
    data += b"".join(decrypted_pages(bytes.fromhex(secret), *files))
print(json.dumps([v for v in wanted if v.encode() in data or v.lower().encode() in data]))
"""


def readable_in_files(db_path: Path, values: Iterable[str], key: DatabaseKey | None = None) -> list[str]:
    """The values found in the database file or its write-ahead log (as typed or in lower case); with
    the `key` of an encrypted database, in their raw bytes or in their decrypted pages."""
    done = subprocess.run(
        [sys.executable, "-c", _READER, str(db_path)],
        input=json.dumps(list(values)) + "\n" + (key.hex() if key is not None else "") + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    return list(json.loads(done.stdout))


_RAW = """
import json, sys
from pathlib import Path
wanted = json.loads(sys.stdin.read())
found = []
for name in sys.argv[1:]:
    data = Path(name).read_bytes() if Path(name).exists() else b""
    found += [v for v in wanted if v.encode() in data or v.lower().encode() in data]
print(json.dumps(sorted(set(found))))
"""


def readable_in_raw_bytes(files: Iterable[Path], values: Iterable[str]) -> list[str]:
    """The values readable in the raw bytes of these files (as typed or in lower case), read by another
    process: what a thief with the disk, and without the key, can read."""
    done = subprocess.run(
        [sys.executable, "-c", _RAW, *map(str, files)],
        input=json.dumps(list(values)),
        capture_output=True,
        text=True,
        check=True,
    )
    return list(json.loads(done.stdout))
