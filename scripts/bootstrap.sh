#!/usr/bin/env bash
# Installs what Weefsel needs on a fresh Debian machine: the system libraries it links against
# (SQLite, Graphviz) and, with --bench, the Python tools the benchmarks compare against and wrk,
# the HTTP load generator of the service benchmark.
# Safe to run again: it installs only what is missing.
set -euo pipefail

packages=(libsqlite3-dev libgraphviz-dev graphviz pkg-config)
python_packages=()
for argument in "$@"; do
    case "$argument" in
        --bench) packages+=(python3-graph-tool wrk); python_packages+=(networkx python-igraph scipy numpy) ;;
        --browser) packages+=(chromium chromium-driver fonts-dejavu-core); python_packages+=(selenium) ;;
        *) echo "bootstrap: unknown option $argument (use --bench or --browser)" >&2; exit 1 ;;
    esac
done

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "bootstrap: installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "bootstrap: missing system packages; run:" >&2
        echo "  sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi

# Graphviz finds its layout and output plugins through a configuration file that the package
# normally writes on installation; write it if it is missing so that rendering works.
if command -v dot >/dev/null && ! echo 'graph{}' | dot -Tsvg >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then dot -c; fi
fi

if [ ${#python_packages[@]} -gt 0 ]; then
    missing_python=()
    for package in "${python_packages[@]}"; do
        module="$package"
        case "$package" in python-igraph) module=igraph ;; esac
        python3 -c "import $module" 2>/dev/null || missing_python+=("$package")
    done
    if [ ${#missing_python[@]} -gt 0 ]; then
        echo "bootstrap: installing Python packages ${missing_python[*]}"
        python3 -m pip install --quiet --disable-pip-version-check "${missing_python[@]}"
    fi
fi
