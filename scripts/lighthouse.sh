#!/usr/bin/env bash
# Lighthouse 12 scores (performance, accessibility, best practices, SEO) for the front page,
# an article page, a day page and the search page of a running site.
#
#   scripts/lighthouse.sh [base-url]        default http://localhost:8080
#
# Needs Node 18+ and Chromium (Debian: apt-get install chromium fonts-noto-cjk).
# Lighthouse is installed into target/lighthouse, never into the repository.
set -euo pipefail

base="${1:-http://localhost:8080}"
here="$(cd "$(dirname "$0")/.." && pwd)"
tools="$here/target/lighthouse"
out="$tools/reports"
mkdir -p "$out"
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  npm install --prefix "$tools" --no-save --silent lighthouse@12
fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

# Follow the site's own links to an article and a day, so any seed will do
front="$(curl -fsS "$base/")"
article="$(printf '%s' "$front" | grep -o 'href="/articles/[^"]*"' | head -1 | cut -d'"' -f2)"
day="$(printf '%s' "$front" | grep -o 'href="/dates/[0-9-]*"' | head -1 | cut -d'"' -f2)"

for page in "/" "$article" "$day" "/search?q=%E9%AB%98%E6%96%B0%E5%8C%BA"; do
  name="$(printf '%s' "$page" | tr -c 'a-zA-Z0-9\n' '_')"
  "$tools/node_modules/.bin/lighthouse" "$base$page" --quiet \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output-path="$out/$name.json"
  node -e '
    const r = require(process.argv[1]);
    const s = Object.values(r.categories).map((c) => `${c.id} ${Math.round(c.score * 100)}`).join(", ");
    console.log(`${process.argv[2]}: ${s}`);
    for (const c of Object.values(r.categories)) {
      for (const ref of c.auditRefs) {
        const a = r.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`  ${c.id}: ${a.id} ${a.score}`);
      }
    }' "$out/$name.json" "$page"
done
