#!/bin/bash
# merge-git.sh BRANCH [DOCDIR]: merge BRANCH into main (no ff), add its readme-row to docs/judging/README.md's table.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
B=$1; D=${2:-$1}
cd /work/main
git merge --no-ff --no-edit -m "Merge $B (issue 10 tail round)" $B
bash "$HERE/merge-git-rest.sh" "$D"
