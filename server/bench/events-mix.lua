-- wrk script for Dyad's event API load test: each request is a random line of a query file
-- written by `LoadBench --write-queries FILE` (the same mix LoadBench's own clients send).
-- Usage: wrk -t2 -c200 -d60s --latency -s server/bench/events-mix.lua http://127.0.0.1:PORT -- FILE
local queries = {}

function init(args)
  local file = args[1] or "queries.txt"
  for line in io.lines(file) do
    queries[#queries + 1] = line
  end
  if #queries == 0 then
    error("no queries in " .. file)
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  return wrk.format("GET", queries[math.random(#queries)])
end
