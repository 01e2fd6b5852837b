#!/usr/bin/env bash
# Starts the app as `npm start` does on an empty database and checks that the demo
# county is served: health, the client page, the API refusing anonymous calls, and the
# demo manager (password from data/demo-accounts.txt beside the database) signing in.
set -euo pipefail
dir=$(mktemp -d)
port=$(node -e "const s=require('net').createServer().listen(0,()=>{console.log(s.address().port);s.close()})")
# Its own process group, so that stopping it also stops the node process npm starts.
DATABASE_PATH="$dir/smoke.sqlite" PORT="$port" LOG_LEVEL=warn setsid npm start >"$dir/out.log" 2>&1 &
pid=$!
cleanup() { kill -- -"$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT
for _ in $(seq 1 240); do
  if curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then cat "$dir/out.log"; echo "npm start exited"; exit 1; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/api/health"; echo
curl -fsS "http://127.0.0.1:$port/" | grep -q '<div id="root">' || { echo "client page not served"; exit 1; }
list="http://127.0.0.1:$port/trpc/articles.list?input=%7B%22region%22%3A%2201%22%7D"
anonymous=$(curl -s -o /dev/null -w '%{http_code}' "$list")
[ "$anonymous" = 401 ] || { echo "articles.list without signing in answered $anonymous, expected 401"; exit 1; }
read -r _ email password < <(grep -m1 '^  manager ' "$dir/demo-accounts.txt")
curl -fsS -c "$dir/cookies" -H 'content-type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" \
  "http://127.0.0.1:$port/trpc/auth.signIn" >/dev/null || { echo "the demo manager could not sign in"; exit 1; }
echo "signed in as $email"
count=$(curl -fsS -b "$dir/cookies" "$list" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).result.data.articles.length))")
echo "articles served for region 01: $count"
[ "$count" -ge 300 ] || { echo "expected the demo county's ~320 articles"; exit 1; }
echo "start smoke: ok"
