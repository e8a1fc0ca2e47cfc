"""Files anywhere: the one place that knows URLs (s3://, gs://, az://, hf://, http(s)://) and object stores.

Everything else passes paths and URLs around as they are and calls these functions when it reads or
writes; a plain path goes to the local file system exactly as before, a URL through fsspec (the
`localstyle[cloud]` extra: s3fs, gcsfs, adlfs; huggingface_hub serves hf://).

- Credentials and endpoints come the usual way (each provider's environment, e.g. AWS_ENDPOINT_URL,
  AWS_ACCESS_KEY_ID, GOOGLE_APPLICATION_CREDENTIALS, AZURE_STORAGE_CONNECTION_STRING) or from
  `--storage-options JSON` (fsspec's keyword arguments, `configure`). They never appear in a message:
  every error text passes through `redact`.
- An object is written whole: one PUT of its complete bytes, so a reader sees the old object, nothing,
  or the new one, never a part (a local file: a temporary file renamed over the target).
- A backend's failure becomes an InputError of one line naming the URL and what to install or check.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import re
import shutil
import tempfile
import time
from pathlib import Path

from localstyle.errors import FieldError, InputError, one_line

_URL = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]+)://")
# Environment variables that hold secrets in the usual provider setups: their values are never shown.
SECRET_VARIABLES = ("AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ACCESS_KEY_ID", "AZURE_STORAGE_KEY",
                    "AZURE_STORAGE_ACCOUNT_KEY", "AZURE_STORAGE_CONNECTION_STRING", "AZURE_STORAGE_SAS_TOKEN",
                    "AZURE_CLIENT_SECRET", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "GOOGLE_API_KEY")
BACKENDS = {"s3": "s3fs", "s3a": "s3fs", "gs": "gcsfs", "gcs": "gcsfs", "az": "adlfs", "abfs": "adlfs",
            "abfss": "adlfs", "adl": "adlfs", "hf": "huggingface_hub", "http": "aiohttp", "https": "aiohttp",
            "file": "fsspec", "memory": "fsspec"}
# Item reads and writes retry a store that does not answer (a network blip, a restarting endpoint).
RETRY_DELAYS = (0.5, 2.0)

# The providers' standard variables a driver forwards to its Ray workers (whose processes get the cluster
# node's environment, not the driver's); a worker keeps its own value where it has one (an IAM role's).
FORWARDED_PREFIXES = ("AWS_", "AZURE_STORAGE_", "AZURE_CLIENT_", "AZURE_TENANT_ID", "GOOGLE_APPLICATION_CREDENTIALS",
                      "GOOGLE_CLOUD_PROJECT", "HF_TOKEN", "HF_ENDPOINT", "HUGGING_FACE_HUB_TOKEN", "FSSPEC_")

_options: dict = {}


def provider_environment() -> dict:
    """The storage providers' variables set here, to send to workers with the run's spec (never written)."""
    return {k: v for k, v in os.environ.items() if k.startswith(FORWARDED_PREFIXES)}


def adopt_environment(variables: dict) -> None:
    """On a worker: take the driver's provider variables that this process does not set itself."""
    for key, value in (variables or {}).items():
        os.environ.setdefault(key, value)


def configure(options: dict | str | None) -> dict:
    """Set the fsspec keyword arguments every URL is opened with (--storage-options); returns them."""
    global _options
    if isinstance(options, str):
        try:
            options = json.loads(options)
        except json.JSONDecodeError as exc:
            raise FieldError("storage_options", f"{{field}} must be a JSON object: {exc.msg} at column {exc.colno}") from None
    if options is not None and not isinstance(options, dict):
        raise FieldError("storage_options", "{field} must be a JSON object, e.g. '{{\"anon\": true}}'")
    _options = dict(options or {})
    return _options


def options() -> dict:
    return dict(_options)


def options_for(scheme: str) -> dict:
    """The options of one scheme: --storage-options is either fsspec's keywords for every URL, or one such
    object per scheme ({"s3": {...}, "hf": {...}}) when a run mixes stores."""
    per_scheme = bool(_options) and all(key in BACKENDS and isinstance(value, dict) for key, value in _options.items())
    return dict(_options.get(scheme, {})) if per_scheme else dict(_options)


def is_url(source) -> bool:
    """A URL (scheme://...), read and written through fsspec; anything else is a local path (a Windows
    drive letter is not a scheme: one letter)."""
    return isinstance(source, str) and bool(_URL.match(source))


def local(source) -> Path:
    return Path(os.fspath(source))


def path_or_url(source):
    """A URL as given (a string), anything else as a Path."""
    return source if is_url(source) else local(source)


def local_folder(source, what: str) -> Path:
    """A folder that must be local (a file appended to row by row, say): a URL is an InputError."""
    if is_url(source):
        raise InputError(f"{what} must be a local folder, got {display(source)}; the manifest and its photos "
                         "may be URLs (copy the results up afterwards)")
    return local(source)


def join(base, *parts: str):
    """`base / parts` for a folder path or URL (a URL stays a string, with '/' separators)."""
    if is_url(base):
        return posixpath.join(str(base).rstrip("/"), *parts)
    return local(base).joinpath(*parts)


def resolve(folder, reference: str):
    """A manifest's reference (a path relative to the manifest, an absolute path or a URL) made usable
    anywhere: a URL stays, an absolute path stays, a relative one is joined to the manifest's folder."""
    if is_url(reference):
        return reference
    if is_url(folder):
        if reference.startswith("/"):
            scheme, rest = str(folder).split("://", 1)
            return f"{scheme}://{rest.split('/', 1)[0]}{posixpath.normpath(reference)}"  # bucket-absolute
        scheme, rest = str(folder).split("://", 1)
        return f"{scheme}://{posixpath.normpath(posixpath.join(rest, reference))}"
    return (local(folder) / reference).expanduser()


def parent(source):
    if is_url(source):
        return posixpath.dirname(str(source).rstrip("/"))
    return local(source).parent


def name(source) -> str:
    return posixpath.basename(str(source).rstrip("/")) if is_url(source) else local(source).name


def display(source) -> str:
    """A path or URL as shown to the user: user:password@ dropped, secrets masked."""
    text = os.fspath(source) if not isinstance(source, str) else source
    return redact(re.sub(r"^([a-zA-Z][a-zA-Z0-9+.-]+://)[^/@]*@", r"\1", text))


def _secrets() -> list[str]:
    found = []

    def walk(value):
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif isinstance(value, str) and len(value) >= 6 and not value.startswith(("http://", "https://")):
            found.append(value)  # endpoints are not secret and name where the trouble is

    walk(_options)
    found += [os.environ[name] for name in SECRET_VARIABLES if len(os.environ.get(name, "")) >= 6]
    return sorted(set(found), key=len, reverse=True)


def redact(text: str) -> str:
    """`text` with every configured secret (storage options, the providers' secret variables) masked."""
    for secret in _secrets():
        text = text.replace(secret, "***")
    return text


def filesystem(url: str):
    """(fsspec file system, path inside it) for a URL; a missing backend is an InputError naming it."""
    scheme = url.split("://", 1)[0].lower()
    try:
        import fsspec
    except ImportError:
        raise InputError(f"{display(url)}: URLs need fsspec: pip install 'localstyle[cloud]'") from None
    try:
        # No listings cache: workers and earlier runs add objects behind this process's back.
        return fsspec.core.url_to_fs(url, **{"use_listings_cache": False, **options_for(scheme)})
    except ImportError:
        package = BACKENDS.get(scheme, "the fsspec backend for " + scheme + "://")
        raise InputError(f"{display(url)}: {scheme}:// needs {package}: pip install 'localstyle[cloud]'") from None
    except (ValueError, TypeError) as exc:
        raise InputError(f"{display(url)}: cannot open {scheme}:// ({redact(one_line(exc))}); check the URL and "
                         "--storage-options") from None


def failure(exc: BaseException, url: str, doing: str = "read") -> InputError:
    """A backend's exception as one line naming the URL (no secrets) and what to check."""
    shown = display(url)
    if isinstance(exc, InputError):
        return exc
    text = redact(one_line(exc))
    if isinstance(exc, FileNotFoundError):
        what = "bucket does not exist" if "bucket" in text.lower() else "not found"
        return InputError(f"cannot {doing} {shown}: {what}; check the bucket and key")
    if isinstance(exc, PermissionError):
        return InputError(f"cannot {doing} {shown}: permission denied ({text}); check the credentials "
                          "(the provider's environment or --storage-options)")
    if type(exc).__name__ in ("NoCredentialsError", "PartialCredentialsError", "DefaultCredentialsError"):
        return InputError(f"cannot {doing} {shown}: no credentials found ({text}); set the provider's usual "
                          "variables (e.g. AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY) or --storage-options, "
                          "or use anonymous access with --storage-options '{\"anon\": true}'")
    if _unreachable(exc):
        return InputError(f"cannot {doing} {shown}: the store is unreachable ({text}); check the endpoint "
                          "(AWS_ENDPOINT_URL or --storage-options) and the network")
    return InputError(f"cannot {doing} {shown}: {one_line(exc, with_type=True) if not text else text}")


def _unreachable(exc: BaseException) -> bool:
    """Connection trouble, whatever library raised it (botocore, aiohttp, requests, the OS)."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    return bool(names & {"ConnectionError", "EndpointConnectionError", "ClientConnectorError", "ConnectTimeout",
                         "ReadTimeout", "TimeoutError", "ServerDisconnectedError", "ClientOSError",
                         "ConnectTimeoutError", "ReadTimeoutError"})


def _call(url: str, doing: str, action, retry: bool = False):
    """Run one backend call; with `retry`, an unreachable store is tried again (RETRY_DELAYS)."""
    delays = RETRY_DELAYS if retry else ()
    for attempt in range(len(delays) + 1):
        try:
            return action()
        except Exception as exc:  # a backend's own types: translated below, never a traceback
            if attempt < len(delays) and _unreachable(exc):
                time.sleep(delays[attempt])
                continue
            raise failure(exc, url, doing) from None


def read_bytes(source, what: str = "file", retry: bool = False) -> bytes:
    """The whole content of a local file or an object."""
    if not is_url(source):
        path = local(source)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{what} not found: {path}") from None
        except IsADirectoryError:
            raise InputError(f"{what} is a folder, not a file: {path}") from None
        except OSError as exc:
            raise InputError(f"cannot read {what} {path}: {exc.strerror or exc}") from None
    fs, path = filesystem(source)
    try:
        return _call(source, "read", lambda: fs.cat_file(path), retry)
    except InputError as exc:
        if str(exc).endswith("not found; check the bucket and key"):
            raise InputError(f"{what} not found: {display(source)}") from None
        raise


def read_head(source, size: int) -> bytes:
    """The first `size` bytes (one range request for an object)."""
    if not is_url(source):
        with open(local(source), "rb") as stream:
            return stream.read(size)
    fs, path = filesystem(source)
    return _call(source, "read", lambda: fs.cat_file(path, start=0, end=size), retry=True)


def write_bytes(target, data: bytes, retry: bool = False) -> None:
    """Write complete bytes: one PUT for an object (whole or not at all), a renamed temporary file here."""
    if not is_url(target):
        path = local(target)
        handle, temp = tempfile.mkstemp(prefix=".localstyle-", suffix=path.suffix, dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return
    fs, path = filesystem(target)
    _call(target, "write", lambda: fs.pipe_file(path, data), retry)


def list_names(folder, folders: bool = False) -> set[str]:
    """The names of the files (and, with `folders`, subfolders) directly in a folder (one listing of an
    object store; empty if none)."""
    if not is_url(folder):
        path = local(folder)
        return {p.name for p in path.iterdir() if folders or p.is_file()} if path.is_dir() else set()
    fs, path = filesystem(folder)

    def listing():
        try:
            return fs.ls(path, detail=True)
        except FileNotFoundError:
            return []

    entries = _call(folder, "list", listing)
    return {posixpath.basename(e["name"].rstrip("/")) for e in entries if folders or e.get("type") == "file"}


def read_many(sources: list) -> dict:
    """{source: bytes} for those of `sources` that exist: an object store fetches them concurrently."""
    urls = [s for s in sources if is_url(s)]
    found = {}
    for source in sources:
        if not is_url(source):
            try:
                found[source] = local(source).read_bytes()
            except OSError:
                pass
    if urls:
        fs, _ = filesystem(urls[0])
        paths = {filesystem(u)[1]: u for u in urls}
        data = _call(urls[0], "read", lambda: fs.cat(list(paths), on_error="omit"))
        found.update({paths[p]: value for p, value in data.items() if isinstance(value, bytes)})
    return found


def check_writable(folder: str) -> None:
    """Fail before any work when objects cannot be written under a URL (no bucket, no permission): a
    probe object is written and removed. (An object store has no folders to create.)"""
    fs, path = filesystem(join(folder, f".localstyle-probe-{os.getpid()}"))

    def probe():
        fs.pipe_file(path, b"")
        fs.rm_file(path)

    _call(folder, "write to", probe)


def cache_folder() -> Path:
    return Path(os.environ.get("LOCALSTYLE_CACHE", Path.home() / ".cache" / "localstyle")) / "remote"


def download_folder(url: str, target: Path) -> None:
    """Every file under a folder URL into `target`, subfolders kept; nothing when the URL holds none yet."""
    fs, path = filesystem(url)

    def find():
        try:
            return fs.find(path)
        except FileNotFoundError:
            return []

    for name in _call(url, "list", find):
        relative = target / posixpath.relpath(name, path)
        relative.parent.mkdir(parents=True, exist_ok=True)
        _call(url, "read", lambda: fs.get_file(name, str(relative)), retry=True)


def upload_files(folder: Path, url: str, files: list[Path]) -> None:
    """Files of a local folder to the same names under a folder URL, each whole (one PUT of its bytes), in
    the order given: a file that describes others goes last."""
    for file in files:
        write_bytes(join(url, *file.relative_to(folder).parts), file.read_bytes(), retry=True)


class Mirror:
    """A local working copy of a folder URL, for a run that writes files bit by bit (a CSV appended to row
    by row), which an object store cannot take: the URL's files are fetched first (so a rerun resumes),
    and `sync()` uploads each file changed since the last sync, whole, the `last` ones after the others (a
    results file never names an image the store does not hold yet)."""

    def __init__(self, url: str, last: tuple[str, ...] = ()):
        self.url, self.last = url, last
        self.folder = Path(tempfile.mkdtemp(prefix="localstyle-mirror-"))
        download_folder(url, self.folder)
        self.synced = self._stamps()

    def _stamps(self) -> dict[Path, tuple[int, int]]:
        return {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in self.folder.rglob("*") if p.is_file()}

    def sync(self) -> None:
        stamps = self._stamps()
        changed = sorted(p for p, stamp in stamps.items() if self.synced.get(p) != stamp)
        upload_files(self.folder, self.url, [p for p in changed if p.name not in self.last] +
                     [p for p in changed if p.name in self.last])
        self.synced = stamps

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def local_copy(url: str, what: str = "folder") -> Path:
    """A folder at a URL copied once into the local cache (a model's config and weights), keyed by the URL
    and its listing (names, sizes, ETags), so a changed folder is fetched again and an unchanged one not."""
    fs, path = filesystem(url)
    entries = _call(url, "list", lambda: fs.find(path, detail=True))
    if not entries:
        raise InputError(f"{what} not found or empty: {display(url)}")
    listing = sorted((name, info.get("size"), str(info.get("ETag") or info.get("etag") or info.get("mtime")))
                     for name, info in entries.items())
    key = hashlib.sha256(json.dumps([url, listing], default=str).encode()).hexdigest()[:20]
    target = cache_folder() / key
    if target.is_dir():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".download-", dir=target.parent))
    try:
        for name in entries:  # relative names kept: a model folder may have subfolders
            relative = posixpath.relpath(name, path)
            (staging / relative).parent.mkdir(parents=True, exist_ok=True)
            _call(url, "read", lambda: fs.get_file(name, str(staging / relative)), retry=True)
        try:
            os.replace(staging, target)  # another worker on this node may have finished first: keep its copy
        except OSError:
            pass
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target
