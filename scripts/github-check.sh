#!/usr/bin/env bash
# The GitHub Action's check step (action.yml): run `reviewer check` on the files a change
# touches, SARIF to $SARIF_FILE and annotations (workflow commands) on stdout.
#
# Reads INPUT_PATHS (what to check instead; empty: the changed files), INPUT_ARGS (more
# options), SARIF_FILE, BASE_SHA (the pull request's base, or the commit before a push) and
# GITHUB_OUTPUT; writes exit-code=N there and exits 0, so the SARIF is uploaded before the
# job fails on findings.
set -uo pipefail

paths=()
if [ -n "${INPUT_PATHS:-}" ]; then
    read -r -a paths <<<"$INPUT_PATHS"
elif [ -n "${BASE_SHA:-}" ] && git cat-file -e "$BASE_SHA^{commit}" 2>/dev/null; then
    # the files added, copied, modified or renamed since the base; --force-exclude keeps only macros
    mapfile -d '' paths < <(git diff -z --name-only --diff-filter=ACMR "$BASE_SHA" HEAD)
else
    paths=(.)  # no base to compare with (the first push, a shallow clone): check everything in scope
fi

if [ ${#paths[@]} -eq 0 ]; then
    echo "reviewer: no changed files to check"
    echo "exit-code=0" >>"$GITHUB_OUTPUT"
    exit 0
fi

read -r -a extra <<<"${INPUT_ARGS:-}"
reviewer check --force-exclude "${extra[@]}" --format sarif --output-file "$SARIF_FILE" --format github -- "${paths[@]}"
echo "exit-code=$?" >>"$GITHUB_OUTPUT"
