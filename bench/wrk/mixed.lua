-- A mixed workload: POSTs the requests of a file (one per line: KIND<TAB>cached|fresh<TAB>JSON body) in turn,
-- each connection starting at a different line. "cached" bodies are sent as they are (a mobile app's home
-- screen: the same bytes from every client); "fresh" bodies get a variable the query does not declare, new for
-- every request, so the service's answer cache never holds them (every filtered page, search and text filter is
-- executed). Answers are read: a 200 whose JSON has "errors" (a timeout, a refused query) counts as an error.
--   wrk -c128 -d60s -s bench/wrk/mixed.lua http://127.0.0.1:18080/graphql -- bench/queries/mixed.tsv
local threads = {}
local bodies = {}
local kinds = {}
local fresh = {}
local next_line = 1
local counter = 0
local graphql_errors = 0
local bad_status = 0

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  local path = args[1]
  if path == nil then
    error("usage: wrk -s mixed.lua URL -- REQUESTS.tsv")
  end
  for line in io.lines(path) do
    local kind, mode, body = line:match("^([^\t]+)\t([^\t]+)\t(.+)$")
    if kind ~= nil then
      table.insert(kinds, kind)
      table.insert(fresh, mode == "fresh")
      table.insert(bodies, (body:gsub("%s+$", "")))
    end
  end
  if #bodies == 0 then
    error(path .. " holds no requests")
  end
  next_line = ((id or 1) - 1) % #bodies + 1
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
end

function request()
  local i = next_line
  next_line = next_line % #bodies + 1
  local body = bodies[i]
  if fresh[i] then
    counter = counter + 1
    body = body:sub(1, -2) .. ',"variables":{"benchRequest":"' .. tostring(id or 0) .. "-" .. counter .. '"}}'
  end
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status ~= 200 then
    bad_status = bad_status + 1
  elseif body:find('"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
  wrk.thread:set("graphql_errors", graphql_errors)
  wrk.thread:set("bad_status", bad_status)
end

function done(summary, latency, requests)
  local errors, status = 0, 0
  for _, thread in ipairs(threads) do
    errors = errors + (thread:get("graphql_errors") or 0)
    status = status + (thread:get("bad_status") or 0)
  end
  io.write(string.format("graphql errors: %d\nnon-200 answers: %d\n", errors, status))
end
