#!/usr/bin/env python3
"""Writes the backend's served OpenAPI document into openapi.yaml, keeping the hand-written tag texts.

Usage: scripts/sync-openapi.py [served-url]   (default http://localhost:8080/q/openapi?format=json)
The contract test (OpenApiContractTest) fails whenever code and openapi.yaml describe different APIs; after a
deliberate API change, run the backend and this script, then review the diff of openapi.yaml like code.
"""
import json
import re
import sys
import urllib.request
from pathlib import Path

import yaml

url = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080/q/openapi?format=json"
root = Path(__file__).resolve().parent.parent
contract_path = root / "openapi.yaml"
served = json.load(urllib.request.urlopen(url))
current = yaml.safe_load(contract_path.read_text(encoding="utf-8")) if contract_path.exists() else {}

tags = {t["name"]: t for t in served.get("tags", [])}
# a tag renamed to ASCII keeps its German name as x-displayName: its hand-written text follows it
by_display = {t.get("x-displayName"): t for t in tags.values() if t.get("x-displayName")}
for t in current.get("tags", []):
    target = tags.get(t["name"]) or by_display.get(t["name"])
    if target is not None and "description" in t:
        target["description"] = t["description"]

out = {"openapi": served["openapi"], "info": served.get("info", current.get("info"))}
out["tags"] = sorted(tags.values(), key=lambda t: t["name"])
out["paths"] = dict(sorted(served["paths"].items()))
out["components"] = served.get("components", {})


class Dumper(yaml.SafeDumper):
    pass


# Strings of digits (AGS prefixes such as 05158) are quoted: YAML 1.2 readers would take them for numbers.
NUMERIC = re.compile(r"^[-+]?[0-9]+(\.[0-9]+)?$")


def str_presenter(dumper, data):
    style = "|" if "\n" in data else ("'" if NUMERIC.match(data) else None)
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


Dumper.add_representer(str, str_presenter)
contract_path.write_text(yaml.dump(out, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
print(f"{contract_path} aktualisiert: {len(out['paths'])} Pfade, {len(out['components'].get('schemas', {}))} Schemas")
