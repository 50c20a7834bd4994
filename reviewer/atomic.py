"""Replace a file's content all at once: the whole new text, or the old file untouched.

Writing in place truncates first, so a full disk, a file-size limit or a kill
halfway leaves the file cut short. Instead the new bytes go to a temporary
file in the same folder, are flushed to disk, and take the file's name in one
``os.replace``. What the file was stays: its mode and owner, and a symbolic
link stays a link (its target is replaced). A file this cannot do safely is
refused with an ``OSError`` saying why, and left as it was.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from .i18n import _


def write_atomic(path: Path, data: bytes) -> None:
    """Replace the file at ``path`` (following symbolic links) with ``data``."""
    target = Path(os.path.realpath(path))
    before = os.stat(target)
    if not os.access(target, os.W_OK):
        raise OSError(errno.EACCES, _("the file is read-only"))
    if before.st_nlink > 1:  # a hard link would keep the old text: the file would be two files
        raise OSError(errno.EMLINK, _("it has other hard links, which replacing it would break; use --diff and apply the change yourself"))
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
            made = os.fstat(out.fileno())
        os.chmod(temporary, stat.S_IMODE(before.st_mode))
        if (made.st_uid, made.st_gid) != (before.st_uid, before.st_gid):
            try:
                os.chown(temporary, before.st_uid, before.st_gid)
            except PermissionError:
                raise OSError(errno.EPERM, _("cannot keep its owner and group; use --diff and apply the change yourself")) from None
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; some file systems cannot, and the file is written either way."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
