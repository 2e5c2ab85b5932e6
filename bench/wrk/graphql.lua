-- POSTs one GraphQL request body, read from the file given after `--`:
--   wrk -s bench/wrk/graphql.lua http://127.0.0.1:18080/graphql -- bench/queries/mobile.json
-- The body is read once per wrk thread, before the request is formatted, so the loop itself is wrk's own.
function init(args)
  local path = args[1]
  if path == nil then
    error("usage: wrk -s graphql.lua URL -- BODY.json")
  end
  local file = assert(io.open(path, "rb"))
  wrk.body = file:read("*a")
  file:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
end
