-- POSTs one GraphQL request body, read from the file given after `--`, made distinct for every request by a
-- variable the query does not declare ({"benchRequest": "<thread>-<n>"}): the service's per-commit answer cache
-- (keyed by the body's bytes) never holds it, so every request is executed. The query text is unchanged, so a
-- parsed-document cache still applies, as it does for a real client sending the same query with new variables.
--   wrk -s bench/wrk/graphql-uncached.lua http://127.0.0.1:18080/graphql -- bench/queries/filter-tag-range.json
local counter = 0
local thread_id = 0
local prefix

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

function init(args)
  local path = args[1]
  if path == nil then
    error("usage: wrk -s graphql-uncached.lua URL -- BODY.json")
  end
  local file = assert(io.open(path, "rb"))
  local body = file:read("*a"):gsub("%s+$", "")
  file:close()
  if body:find('"variables"', 1, true) then
    error(path .. " has variables of its own")
  end
  prefix = body:sub(1, -2) .. ',"variables":{"benchRequest":"' .. tostring(id or 0) .. "-"
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
end

function request()
  counter = counter + 1
  return wrk.format(nil, nil, nil, prefix .. counter .. '"}}')
end
