#!/usr/bin/env bash
# Measures the build on the real course and writes docs/benchmarks.md (a benchmark, not a test).
# The CLI is published ReadyToRun, as a site would build in production: start-up JIT would
# otherwise dominate the small rebuilds being measured.
set -euo pipefail
cd "$(dirname "$0")/.."
cli_dir="$(pwd)/bench/.cli"
rm -rf "$cli_dir"
dotnet publish site/MathForML.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$cli_dir" -v quiet -nologo
# The benchmark (with the naive baseline) is published the same way, so both use ReadyToRun Roslyn.
bench_dir="$(pwd)/bench/.bench"
rm -rf "$bench_dir"
dotnet publish bench/MathForML.Bench -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$bench_dir" -v quiet -nologo
"$bench_dir/MathForML.Bench" "$(pwd)" "$cli_dir/mathforml"
