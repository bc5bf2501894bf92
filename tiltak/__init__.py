"""tiltak: `import tiltak; tiltak.run("reports/")`.

The code lives in the repository's top-level folders (extract, normalize, export) and in this one
(pipeline, cli); it is installed as one package, `tiltak.extract`, `tiltak.normalize`, … The public
API below is loaded when first used, so that `tiltak --help` does not load the pipeline.
"""

__version__ = "0.1.0"

_API = {"run": "tiltak.pipeline", "RunResult": "tiltak.pipeline", "Limits": "tiltak.extract.batch",
        "ConfigError": "tiltak.normalize.config", "extract_file": "tiltak.extract"}

__all__ = [*_API, "__version__"]


def __getattr__(name: str):
    if name in _API:
        from importlib import import_module

        value = getattr(import_module(_API[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'tiltak' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
