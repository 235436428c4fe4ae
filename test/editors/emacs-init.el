;;; emacs-init.el --- Clio in Emacs with eglot, in batch mode  -*- lexical-binding: t; -*-
;;
;; Run by test/editors/emacs.test.mjs as
;;   emacs --batch -Q -l test/editors/emacs-init.el
;; with CLIO_SERVER (dist/server.js), CLIO_ESSAY (the essay to open) and CLIO_RESULT (where to
;; write the results as JSON: a list of {name, ok, detail}).  It configures eglot the way
;; docs/editors.md tells users to, opens the essay, and checks hover, completion, diagnostics
;; (through Flymake, as users see them), code actions and applying the preferred fix.
;; It always writes the results file and exits.

(require 'json)
(require 'cl-lib)
(require 'package)
;; -Q skips Debian's site start-up, which activates the elpa-* packages: activate them here.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)

(defvar clio-server (or (getenv "CLIO_SERVER") (error "CLIO_SERVER is not set")))
(defvar clio-essay (or (getenv "CLIO_ESSAY") (error "CLIO_ESSAY is not set")))
(defvar clio-result (or (getenv "CLIO_RESULT") (error "CLIO_RESULT is not set")))
(defvar clio-timeout (/ (string-to-number (or (getenv "CLIO_TIMEOUT_MS") "15000")) 1000.0))
(defvar clio-results nil)
(defvar clio-t0 (float-time))

;; markdown-mode is a separate package; a stand-in keeps the test to what Debian's eglot needs.
;; Eglot sends the mode's name without "-mode" as the languageId: "markdown".
(unless (fboundp 'markdown-mode)
  (define-derived-mode markdown-mode text-mode "Markdown"))

(defun clio-setup ()
  (require 'eglot)
  ;; The set-up from docs/editors.md.
  (add-to-list 'eglot-server-programs
               `((markdown-mode latex-mode text-mode) . ("node" ,clio-server "--stdio")))
  ;; Settings: eglot answers the server's workspace/configuration requests from this.
  (setq-default eglot-workspace-configuration '(:clio (:checks (:faction "error"))))
  (setq eglot-sync-connect clio-timeout
        eglot-events-buffer-size 0))

(defun clio-record (name ok detail)
  (push `((name . ,name) (ok . ,(if ok t :json-false)) (detail . ,(format "%s" (or detail "")))
          (ms . ,(round (* 1000 (- (float-time) clio-t0)))))
        clio-results)
  (setq clio-t0 (float-time)))

(defmacro clio-check (name &rest body)
  "Run BODY; record NAME as passed with BODY's value, or failed with the error."
  (declare (indent 1))
  `(condition-case err
       (clio-record ,name t (progn ,@body))
     (error (clio-record ,name nil (error-message-string err)))))

(defun clio-wait (pred)
  "Process events until PRED returns non-nil or the timeout passes; return PRED's value."
  (let ((deadline (+ (float-time) clio-timeout)) (v nil))
    (while (and (not (setq v (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    v))

(defun clio-find (text &optional last at-end)
  "Point at the first (or LAST) TEXT in the buffer: its start, or with AT-END its end."
  (save-excursion
    (goto-char (if last (point-max) (point-min)))
    (unless (if last (search-backward text nil t) (search-forward text nil t))
      (error "Not in the buffer: %s" text))
    (if last (if at-end (+ (point) (length text)) (point))
      (if at-end (point) (- (point) (length text))))))

(defun clio-faction-diagnostics ()
  "Clio's faction diagnostics as Flymake has them (data: the LSP diagnostic)."
  (flymake-start)
  (cl-remove-if-not
   (lambda (d)
     (let ((lsp (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))))
       (and lsp (equal (plist-get lsp :source) "clio") (equal (plist-get lsp :code) "faction"))))
   (flymake-diagnostics)))

(defun clio-main ()
  (clio-setup)
  (find-file clio-essay)
  (markdown-mode)
  (apply #'eglot (eglot--guess-contact))
  (let ((server (eglot-current-server)))
    (clio-record "the server starts and eglot manages the buffer" (and server (jsonrpc-running-p server))
                 (and server (format "languageId %s" (eglot--language-id server))))
    (unless server (error "eglot did not start the server")))

  (clio-check "hover on Bukharin shows the card with \"right wing\""
    (goto-char (clio-find "Bukharin"))
    (let* ((r (jsonrpc-request (eglot-current-server) :textDocument/hover (eglot--TextDocumentPositionParams)))
           (value (plist-get (plist-get r :contents) :value)))
      (unless (and value (string-match-p "right wing" value)) (error "hover: %S" r))
      (substring value 0 (min 80 (length value)))))

  (clio-check "completion at the end of \"Bukh\" offers Bukharin (completion-at-point)"
    (goto-char (clio-find "Bukh" t t))
    (let* ((capf (eglot-completion-at-point))
           (prefix (buffer-substring-no-properties (nth 0 capf) (nth 1 capf)))
           (all (all-completions prefix (nth 2 capf))))
      (unless (member "Bukharin" all) (error "prefix %S gave %S" prefix all))
      (format "%S gives %s" prefix (string-join all ", "))))

  (let ((diag nil) (fix nil))
    (clio-check "a faction diagnostic reaches Flymake (source clio, code faction)"
      (setq diag (car (clio-wait #'clio-faction-diagnostics)))
      (unless diag (error "none within %ss; eglot has %S" clio-timeout (flymake-diagnostics)))
      (let ((covered (buffer-substring-no-properties (flymake-diagnostic-beg diag) (flymake-diagnostic-end diag))))
        (unless (equal covered "left wing") (error "the diagnostic covers %S" covered))
        (flymake-diagnostic-text diag)))

    (clio-check "settings reach the server (eglot-workspace-configuration: faction error)"
      (unless diag (error "no diagnostic"))
      (unless (eq (flymake-diagnostic-type diag) 'eglot-error) (error "type %S" (flymake-diagnostic-type diag)))
      "eglot-error")

    (clio-check "eglot-code-actions returns the preferred quick fix with newText \"right wing\""
      (unless diag (error "no diagnostic to fix"))
      (let* ((actions (eglot-code-actions (flymake-diagnostic-beg diag) (flymake-diagnostic-end diag) "quickfix"))
             (preferred (cl-find-if (lambda (a) (eq (plist-get a :isPreferred) t)) actions))
             (changes (and preferred (plist-get (plist-get preferred :edit) :changes)))
             (edits (and changes (cadr changes)))
             (new-text (and edits (plist-get (aref edits 0) :newText))))
        (unless preferred (error "no preferred action among %S" (mapcar (lambda (a) (plist-get a :title)) actions)))
        (unless (equal new-text "right wing") (error "newText %S" new-text))
        (setq fix preferred)
        (plist-get preferred :title)))

    (clio-check "applying the fix rewrites the sentence and clears the diagnostic"
      (unless fix (error "no fix to apply"))
      (eglot--apply-workspace-edit (plist-get fix :edit))
      ;; Eglot sends didChange from an idle timer, and batch Emacs is never idle: send it now.
      (eglot--signal-textDocument/didChange)
      (let ((line (save-excursion (goto-char (clio-find "Bukharin led")) (buffer-substring-no-properties (line-beginning-position) (line-end-position)))))
        (unless (equal line "Bukharin led the right wing in 1924.") (error "line reads %S" line))
        (unless (clio-wait (lambda () (null (clio-faction-diagnostics)))) (error "the diagnostic is still there"))
        line)))

  (clio-check "the server answers shutdown and stops (eglot-shutdown)"
    ;; eglot-shutdown sends shutdown (an error answer would signal here) and exit, then deletes
    ;; the process at once: the exit status is not the server's to choose, so it is not checked.
    (let ((server (eglot-current-server)))
      (eglot-shutdown server)
      (unless (clio-wait (lambda () (not (jsonrpc-running-p server)))) (error "still running"))
      "stopped")))

(condition-case err
    (clio-main)
  (error (clio-record "the init ran to the end" nil (error-message-string err))))
(with-temp-file clio-result
  (insert (json-encode `((emacs . ,emacs-version)
                         (eglot . ,(or (ignore-errors (package-version-join (package-desc-version (cadr (assq 'eglot package-alist))))) "?"))
                         (results . ,(vconcat (nreverse clio-results)))))))
(kill-emacs 0)
