-- POSTs one GraphQL request body, read from the file given after `--`, made distinct for every request by a
-- variable the query does not declare ({"benchRequest": "<thread>-<n>"}): the service's per-commit answer cache
-- (keyed by the body's bytes) never holds it, so every request is executed. The query text is unchanged, so a
-- parsed-document cache still applies, as it does for a real client sending the same query with new variables.
--   wrk -s bench/wrk/graphql-uncached.lua http://127.0.0.1:18080/graphql -- bench/queries/filter-tag-range.json
-- With `new-search` after the file, the body's search query text gets "zq<thread>n<n> OR " in front instead, a word
-- no item holds: the hits are the same, but the snapshot's ranked windows (a query result cache keyed by the query
-- text) never hold the search, so every request ranks it.
--   wrk -s bench/wrk/graphql-uncached.lua http://127.0.0.1:18080/graphql -- bench/queries/search-word.json new-search
local counter = 0
local thread_id = 0
local head, tail

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

function init(args)
  local path, mode = args[1], args[2]
  if path == nil then
    error("usage: wrk -s graphql-uncached.lua URL -- BODY.json [new-search]")
  end
  local file = assert(io.open(path, "rb"))
  local body = file:read("*a"):gsub("%s+$", "")
  file:close()
  if mode == "new-search" then
    local marker = 'search(query: \\"'
    local at = body:find(marker, 1, true)
    if at == nil then
      error(path .. " has no search(query: \"...\")")
    end
    head = body:sub(1, at + #marker - 1) .. "zq" .. tostring(id or 0) .. "n"
    tail = " OR " .. body:sub(at + #marker)
  elseif mode == nil then
    if body:find('"variables"', 1, true) then
      error(path .. " has variables of its own")
    end
    head = body:sub(1, -2) .. ',"variables":{"benchRequest":"' .. tostring(id or 0) .. "-"
    tail = '"}}'
  else
    error("unknown mode " .. mode .. ": new-search or nothing")
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
end

function request()
  counter = counter + 1
  return wrk.format(nil, nil, nil, head .. counter .. tail)
end
