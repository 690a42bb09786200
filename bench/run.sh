#!/usr/bin/env bash
# Measures the build on the real course and writes docs/benchmarks.md (a benchmark, not a test).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release site/MathForML.Cli -v quiet -nologo
dotnet run -c Release --project bench/MathForML.Bench -- "$(pwd)"
