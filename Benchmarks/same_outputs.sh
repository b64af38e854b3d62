#!/bin/bash
# Whether two builds of presswatch write the same results: every input of Tests/Data (seed,
# pages, pages-en, pages-zh, cws: 605 inputs) and each shape of Benchmarks/scaling_inputs.py
# at 1 MB, through `presswatch process` with the repository's pipeline.yaml (JSON, Markdown,
# page view). Each build runs in the same folder, so paths in the results agree; `elapsed_ms`
# is blanked and the folders' index.html (which record file times) are left out.
#
#   Benchmarks/same_outputs.sh BEFORE_BINARY AFTER_BINARY
#
# Exit status 0 and "identical" when every file is byte for byte the same.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -eq 2 ] || { echo "usage: $0 BEFORE_BINARY AFTER_BINARY" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
inputs="$scratch/inputs"
mkdir -p "$inputs/scaling"
(cd "$root" && find Tests/Data -name '*.txt' | while read -r f; do
    mkdir -p "$inputs/$(dirname "$f")" && cp "$f" "$inputs/$f"; done)
for shape in $(python3 "$root/Benchmarks/scaling_inputs.py" --list); do
    python3 "$root/Benchmarks/scaling_inputs.py" "$shape" 1000000 "$inputs/scaling/$shape.txt"
done
run() {  # run BINARY OUT
    local work="$scratch/work" binary
    binary=$(readlink -f "$1")
    rm -rf "$work" && cp -r "$inputs" "$work"
    { cat "$root/pipeline.yaml"; echo "workers: 2"; } > "$work/pipeline.yaml"
    (cd "$work" && find . -name '*.txt' -print0 \
        | xargs -0 -n 200 "$binary" process --quiet --config pipeline.yaml || true)
    find "$work" \( -name '*.json' -o -name '*.md' -o -name '*.html' \) -print0 \
        | xargs -0 sed -i -E 's/"elapsed_ms": ?[0-9.]+/"elapsed_ms":0/g'
    find "$work" \( -name '*.txt' -o -name index.html -o -name pipeline.yaml \) -delete
    mv "$work" "$2"
}
run "$1" "$scratch/before"
run "$2" "$scratch/after"
count=$(find "$scratch/after" -type f | wc -l)
if diff -rq "$scratch/before" "$scratch/after"; then
    echo "identical: $count files"
else
    echo "DIFFERENT"
    exit 1
fi
