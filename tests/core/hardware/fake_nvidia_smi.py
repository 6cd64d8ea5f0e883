"""A stand-in for `nvidia-smi` that answers `--query-gpu=<fields> --format=csv[,noheader][,nounits]` as the real
tool does: one line per GPU, values joined by ", ", units appended unless `nounits`, a header unless `noheader`.

Its GPUs come from the JSON file named by FAKE_NVIDIA_SMI_GPUS. FAKE_NVIDIA_SMI_UNKNOWN lists fields this "driver"
does not know: the real tool then prints 'Field "x" is not a valid field to query.' and exits 2.
FAKE_NVIDIA_SMI_HANG=1 makes it hang like a wedged driver. Tests copy it onto PATH with a shebang line.
"""

import json
import os
import sys
import time

UNITS = {
    "memory.total": "MiB",
    "memory.used": "MiB",
    "memory.free": "MiB",
    "power.limit": "W",
    "utilization.gpu": "%",
    "temperature.gpu": "",
}


def main(argv: list[str]) -> int:
    if os.environ.get("FAKE_NVIDIA_SMI_HANG"):
        time.sleep(60)
    query = next((a.split("=", 1)[1] for a in argv if a.startswith("--query-gpu=")), None)
    fmt = next((a.split("=", 1)[1] for a in argv if a.startswith("--format=")), "")
    if query is None:
        print("this fake only answers --query-gpu")
        return 2
    with open(os.environ["FAKE_NVIDIA_SMI_GPUS"], encoding="utf-8") as fh:
        gpus = json.load(fh)["gpus"]
    unknown = set(filter(None, os.environ.get("FAKE_NVIDIA_SMI_UNKNOWN", "").split(",")))
    fields = query.split(",")
    for field in fields:
        if field in unknown or field not in gpus[0]:
            print(f'Field "{field}" is not a valid field to query.\n')
            return 2
    options = fmt.split(",")
    if "csv" not in options:
        print('"--format" must include csv')
        return 2
    nounits = "nounits" in options
    if "noheader" not in options:
        print(", ".join(f + (f" [{UNITS[f]}]" if UNITS.get(f) else "") for f in fields))
    for gpu in gpus:
        values = []
        for field in fields:
            value = gpu[field]
            if not nounits and UNITS.get(field) and not value.startswith("["):
                value = f"{value} {UNITS[field]}"
            values.append(value)
        print(", ".join(values))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
