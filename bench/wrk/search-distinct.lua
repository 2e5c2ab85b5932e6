-- POSTs one search request body, read from the file given after `--`, with a search no request ranked before:
-- its query text gets "zq<thread>n<n> OR " in front, a word no item holds, so the hits are the same but the
-- snapshot's ranked windows (a query result cache keyed by the query text) never hold it: every request ranks.
--   wrk -s bench/wrk/search-distinct.lua http://127.0.0.1:18080/graphql -- bench/queries/search-word.json
local counter = 0
local thread_id = 0
local head, tail

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

function init(args)
  local path = args[1]
  if path == nil then
    error("usage: wrk -s search-distinct.lua URL -- SEARCH.json")
  end
  local file = assert(io.open(path, "rb"))
  local body = file:read("*a"):gsub("%s+$", "")
  file:close()
  local marker = 'search(query: \\"'
  local at = body:find(marker, 1, true)
  if at == nil then
    error(path .. " has no search(query: \"...\")")
  end
  head = body:sub(1, at + #marker - 1) .. "zq" .. tostring(id or 0) .. "n"
  tail = " OR " .. body:sub(at + #marker)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
end

function request()
  counter = counter + 1
  return wrk.format(nil, nil, nil, head .. counter .. tail)
end
