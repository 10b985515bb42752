-- Headless Neovim as a second LSP client: opens a chapter with programmalint-server attached,
-- waits for the pushed diagnostics and writes them as JSON, then quits.
-- Environment: PROGRAMMALINT_NODE (node), PROGRAMMALINT_SERVER (dist/server.cjs), PROGRAMMALINT_ROOT (workspace folder),
-- PROGRAMMALINT_FILE (the chapter), PROGRAMMALINT_OUT (the JSON file), PROGRAMMALINT_COUNT
-- (how many diagnostics to wait for).
local node = vim.env.PROGRAMMALINT_NODE or 'node'
local server = vim.env.PROGRAMMALINT_SERVER
local root = vim.env.PROGRAMMALINT_ROOT
local out = vim.env.PROGRAMMALINT_OUT
local expected = tonumber(vim.env.PROGRAMMALINT_COUNT)

local function finish(result)
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.PROGRAMMALINT_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'

  local config = {
    name = 'programmalint',
    cmd = { node, server, '--stdio' },
    root_dir = root,
    settings = { programmalint = { locale = 'nl', debounce = 50 } },
  }
  local client_id
  if vim.lsp.start then
    -- Neovim 0.8 and later.
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end

  local arrived = vim.wait(20000, function()
    return #vim.diagnostic.get(bufnr) >= expected
  end, 50)

  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(diagnostics, {
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      severity = d.severity,
      source = d.source,
      code = d.code or lsp.code,
      message = d.message,
    })
  end
  table.sort(diagnostics, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    return a.col < b.col
  end)
  local client = vim.lsp.get_client_by_id(client_id)
  local result = {
    arrived = arrived,
    client = client and client.name or vim.NIL,
    diagnostics = diagnostics,
  }
  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
  finish(result)
end)

if not ok then
  finish({ error = tostring(err) })
end
