-- Clio in Neovim (0.7+), headless: starts the Clio language server with vim.lsp.start_client,
-- attaches it to a Markdown essay and asks it what an editor asks (hover, completion, diagnostics,
-- code actions). Run by test/editors/nvim.test.mjs as
--   nvim --headless -u NONE -i NONE -n -c 'luafile test/editors/nvim-init.lua'
-- with CLIO_SERVER (dist/server.js), CLIO_ESSAY (the essay to open) and CLIO_RESULT (where to
-- write the results as JSON: a list of { name, ok, detail }). It always writes the file and quits.
local server = assert(os.getenv('CLIO_SERVER'), 'CLIO_SERVER is not set')
local essay = assert(os.getenv('CLIO_ESSAY'), 'CLIO_ESSAY is not set')
local result_file = assert(os.getenv('CLIO_RESULT'), 'CLIO_RESULT is not set')
local timeout = tonumber(os.getenv('CLIO_TIMEOUT_MS') or '') or 15000

local results = {}
local function record(name, ok, detail)
  table.insert(results, { name = name, ok = ok and true or false, detail = detail and tostring(detail) or '' })
end
local function write_results()
  local f = assert(io.open(result_file, 'w'))
  f:write(vim.fn.json_encode({ nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch, results = results }))
  f:close()
end

-- 0-based position of the first (or, with `last`, the last) match of `text` in the buffer: its
-- start, or with `at_end` just after it. Plain text, not a pattern.
local function find(bufnr, text, opts)
  opts = opts or {}
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local from, to, step = 1, #lines, 1
  if opts.last then from, to, step = #lines, 1, -1 end
  for i = from, to, step do
    local s, e = lines[i]:find(text, 1, true)
    if s then return { line = i - 1, character = opts.at_end and e or (s - 1) } end
  end
  error('not in the buffer: ' .. text)
end

-- The one answer of the Clio client to a request (buf_request_sync returns one per client).
local function request(bufnr, client_id, method, params)
  local answers, err = vim.lsp.buf_request_sync(bufnr, method, params, timeout)
  if not answers then error(method .. ': ' .. tostring(err)) end
  local a = answers[client_id]
  if not a then error(method .. ': no answer from clio') end
  if a.err then error(method .. ': ' .. vim.inspect(a.err)) end
  return a.result
end

local function check(name, fn)
  local ok, detail = pcall(fn)
  record(name, ok and detail ~= false, ok and (detail == false and 'returned false' or detail) or detail)
end

local function main()
  vim.cmd('edit ' .. vim.fn.fnameescape(essay))
  local bufnr = vim.api.nvim_get_current_buf()
  -- -u NONE turns filetype detection off: the filetype is the LSP languageId Neovim sends.
  vim.bo[bufnr].filetype = 'markdown'
  local uri = vim.uri_from_bufnr(bufnr)

  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'clio',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(essay, ':p:h'),
    workspace_folders = { { uri = vim.uri_from_fname(vim.fn.fnamemodify(essay, ':p:h')), name = 'essays' } },
    -- Settings. Neovim 0.8+ also answers the server's workspace/configuration requests from
    -- this table; 0.7 does not offer workspace/configuration, so it is sent once on init.
    settings = { clio = { checks = { faction = 'error' } } },
    on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end,
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
  })
  if not client_id then
    record('the server starts', false, 'vim.lsp.start_client returned nil')
    return
  end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local up = vim.wait(timeout, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return (c ~= nil and c.initialized == true) or exited ~= nil
  end, 20)
  record('the server starts and initializes', up and not exited, exited and vim.inspect(exited) or (up and '' or 'timed out'))
  if not up or exited then return end

  check('hover on Bukharin shows the card with "right wing"', function()
    local r = request(bufnr, client_id, 'textDocument/hover', { textDocument = { uri = uri }, position = find(bufnr, 'Bukharin') })
    local value = r and r.contents and (r.contents.value or vim.inspect(r.contents)) or ''
    assert(value:find('right wing', 1, true), 'hover text: ' .. value)
    return value:sub(1, 80)
  end)

  check('completion at the end of "Bukh" offers Bukharin', function()
    local r = request(bufnr, client_id, 'textDocument/completion', { textDocument = { uri = uri }, position = find(bufnr, 'Bukh', { last = true, at_end = true }) })
    local items = (r and r.items) or r or {}
    local labels = {}
    for _, it in ipairs(items) do
      if it.label == 'Bukharin' then return 'Bukharin among ' .. #items .. ' items' end
      table.insert(labels, it.label)
    end
    error('labels: ' .. table.concat(labels, ', '))
  end)

  local function faction_diagnostics()
    return vim.tbl_filter(function(d) return d.source == 'clio' and d.code == 'faction' end, vim.diagnostic.get(bufnr))
  end

  local diagnostic = nil
  check('a faction diagnostic is published (source clio, code faction)', function()
    assert(vim.wait(timeout, function() return #faction_diagnostics() > 0 end, 20), 'none within ' .. timeout .. ' ms; all: ' .. vim.inspect(vim.diagnostic.get(bufnr)))
    diagnostic = faction_diagnostics()[1]
    local line = vim.api.nvim_buf_get_lines(bufnr, diagnostic.lnum, diagnostic.lnum + 1, false)[1]
    local covered = line:sub(diagnostic.col + 1, diagnostic.end_col)
    assert(covered == 'left wing', 'the diagnostic covers ' .. vim.inspect(covered))
    return string.format('%d:%d %s', diagnostic.lnum + 1, diagnostic.col + 1, diagnostic.message)
  end)

  check('settings reach the server (clio.checks.faction = error gives an error)', function()
    assert(diagnostic, 'no diagnostic')
    assert(diagnostic.severity == vim.diagnostic.severity.ERROR, 'severity ' .. tostring(diagnostic.severity))
    return 'severity ERROR'
  end)

  local preferred = nil
  check('textDocument/codeAction returns the preferred fix with newText "right wing"', function()
    assert(diagnostic, 'no diagnostic to fix')
    -- The essay is ASCII, so byte columns are UTF-16 characters too.
    local range = { start = { line = diagnostic.lnum, character = diagnostic.col }, ['end'] = { line = diagnostic.end_lnum, character = diagnostic.end_col } }
    local lsp_diagnostic = { range = range, message = diagnostic.message, source = diagnostic.source, code = diagnostic.code, severity = diagnostic.severity }
    local actions = request(bufnr, client_id, 'textDocument/codeAction', { textDocument = { uri = uri }, range = range, context = { diagnostics = { lsp_diagnostic } } }) or {}
    local titles = {}
    for _, a in ipairs(actions) do
      table.insert(titles, a.title)
      if a.isPreferred then preferred = a end
    end
    assert(preferred, 'no preferred action among: ' .. table.concat(titles, ' | '))
    assert(preferred.edit and preferred.edit.changes, 'the preferred action has no edit.changes')
    local edits = preferred.edit.changes[uri]
    if not edits then for _, v in pairs(preferred.edit.changes) do edits = v end end
    assert(edits and edits[1], 'no text edits')
    assert(edits[1].newText == 'right wing', 'newText: ' .. vim.inspect(edits[1].newText))
    return preferred.title
  end)

  check('applying the fix rewrites the sentence and clears the diagnostic', function()
    assert(preferred, 'no fix to apply')
    vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
    local line = vim.api.nvim_buf_get_lines(bufnr, diagnostic.lnum, diagnostic.lnum + 1, false)[1]
    assert(line == 'Bukharin led the right wing in 1924.', 'line reads: ' .. line)
    assert(vim.wait(timeout, function() return #faction_diagnostics() == 0 end, 20), 'the diagnostic is still there')
    return line
  end)

  check('the server shuts down cleanly (shutdown, exit)', function()
    vim.lsp.stop_client(client_id)
    assert(vim.wait(timeout, function() return exited ~= nil end, 20), 'the server did not exit')
    assert(exited.code == 0, 'exit ' .. vim.inspect(exited))
    return 'exit code 0'
  end)
end

local ok, err = pcall(main)
if not ok then record('the Lua init ran to the end', false, err) end
write_results()
vim.cmd('qa!')
