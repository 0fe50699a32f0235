
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'acceso' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'acceso'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'acceso' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or upgrade the database, optionally with a first clinic and administrator')
            [CompletionResult]::new('patient', 'patient', [CompletionResultType]::ParameterValue, 'Find and verify patients (staff); view your own records (patients)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Issue and manage patients'' mobile access (staff)')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Show or change the clinic''s access policy (staff)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in as a patient and receive a session token')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End a patient''s session')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Change a patient''s password')
            [CompletionResult]::new('terms', 'terms', [CompletionResultType]::ParameterValue, 'Read the clinic''s terms of service (patients)')
            [CompletionResult]::new('two-factor', 'two-factor', [CompletionResultType]::ParameterValue, 'Set up, confirm or turn off sign-in with an authenticator app''s code (patients)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read the audit trail of your clinic (dentists and super admins)')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Take a guided tour on a throwaway demo database')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acceso;init' {
            [CompletionResult]::new('--clinic', '--clinic', [CompletionResultType]::ParameterName, 'Add a clinic with this name, unless it exists')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Add a super admin with this sign-in name, unless they exist')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Fill a new database with demo clinics, staff and patients')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;patient' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check that a patient exists and belongs to your clinic (step 1 of giving access)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your clinic''s patients')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show your own records (patients signed in with `acceso login`)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show exactly what a patient would see (staff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acceso;patient;verify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;patient;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only patients whose name, CURP, email, phone or id contains this text')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('--without-access', '--without-access', [CompletionResultType]::ParameterName, 'Only patients who have no mobile access yet')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;patient;view' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the session token from standard input (otherwise from ACCESO_TOKEN)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;patient;preview' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;patient;help' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check that a patient exists and belongs to your clinic (step 1 of giving access)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your clinic''s patients')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show your own records (patients signed in with `acceso login`)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show exactly what a patient would see (staff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acceso;patient;help;verify' {
            break
        }
        'acceso;patient;help;list' {
            break
        }
        'acceso;patient;help;view' {
            break
        }
        'acceso;patient;help;preview' {
            break
        }
        'acceso;patient;help;help' {
            break
        }
        'acceso;access' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Verify a patient and issue a username and a temporary password')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a patient''s access: username, status, expiry, sign-in and lock state')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your clinic''s patient accesses')
            [CompletionResult]::new('expiry', 'expiry', [CompletionResultType]::ParameterValue, 'Change when a patient''s access ends')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Stop a patient from signing in; ends their session at once')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Let a deactivated patient sign in again')
            [CompletionResult]::new('rotate-token', 'rotate-token', [CompletionResultType]::ParameterValue, 'End sessions: the current token stops working at once')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Issue a new temporary password; ends the session and clears a lock')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Issue credentials to many patients at once, from CSV or JSON lines')
            [CompletionResult]::new('reset-two-factor', 'reset-two-factor', [CompletionResultType]::ParameterValue, 'Clear a patient''s two-factor sign-in (a lost phone); ends their session')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Clear a lock left by failed sign-ins')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acceso;access;create' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'The username to give (letters, digits and . _ @ + -)')
            [CompletionResult]::new('--username-style', '--username-style', [CompletionResultType]::ParameterName, 'Make the username from the patient''s record [default: id]')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'When the access ends: 90d, 12w, 6m, 1y, never or YYYY-MM-DD [default: the clinic''s policy]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the credential to this new file (mode 0600) instead of the screen')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;access;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;access;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accesses with this status')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only accesses that end within this time (30d, 2w, 3m, 1y)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only accesses that have ended')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only accesses locked by failed sign-ins')
            [CompletionResult]::new('--never-signed-in', '--never-signed-in', [CompletionResultType]::ParameterName, 'Only accesses never used to sign in')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;access;expiry' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;access;deactivate' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, for the audit trail')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;access;activate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;access;rotate-token' {
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'With --all: only sessions issued longer ago than this (30d, 12w, 3m, 1y)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every session of your clinic')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;access;reset-password' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the credential to this new file (mode 0600) instead of the screen')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;access;batch' {
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'CSV or JSON lines to read, or - for standard input')
            [CompletionResult]::new('--username-style', '--username-style', [CompletionResultType]::ParameterName, 'Make usernames from the patients'' records where a row gives none [default: id]')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'When the access ends where a row gives no `expires` [default: the clinic''s policy]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the credentials to this new file (mode 0600) instead of standard output')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('--all-without-access', '--all-without-access', [CompletionResultType]::ParameterName, 'Every patient of your clinic who has no access yet')
            [CompletionResult]::new('--continue-on-error', '--continue-on-error', [CompletionResultType]::ParameterName, 'Issue the good rows even when others fail')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and write nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;access;reset-two-factor' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;access;unlock' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;access;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Verify a patient and issue a username and a temporary password')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a patient''s access: username, status, expiry, sign-in and lock state')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your clinic''s patient accesses')
            [CompletionResult]::new('expiry', 'expiry', [CompletionResultType]::ParameterValue, 'Change when a patient''s access ends')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Stop a patient from signing in; ends their session at once')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Let a deactivated patient sign in again')
            [CompletionResult]::new('rotate-token', 'rotate-token', [CompletionResultType]::ParameterValue, 'End sessions: the current token stops working at once')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Issue a new temporary password; ends the session and clears a lock')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Issue credentials to many patients at once, from CSV or JSON lines')
            [CompletionResult]::new('reset-two-factor', 'reset-two-factor', [CompletionResultType]::ParameterValue, 'Clear a patient''s two-factor sign-in (a lost phone); ends their session')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Clear a lock left by failed sign-ins')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acceso;access;help;create' {
            break
        }
        'acceso;access;help;show' {
            break
        }
        'acceso;access;help;list' {
            break
        }
        'acceso;access;help;expiry' {
            break
        }
        'acceso;access;help;deactivate' {
            break
        }
        'acceso;access;help;activate' {
            break
        }
        'acceso;access;help;rotate-token' {
            break
        }
        'acceso;access;help;reset-password' {
            break
        }
        'acceso;access;help;batch' {
            break
        }
        'acceso;access;help;reset-two-factor' {
            break
        }
        'acceso;access;help;unlock' {
            break
        }
        'acceso;access;help;help' {
            break
        }
        'acceso;policy' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting with its value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one setting (dentists and super admins)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acceso;policy;show' {
            [CompletionResult]::new('--clinic', '--clinic', [CompletionResultType]::ParameterName, 'The clinic (a super admin must name one)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;policy;set' {
            [CompletionResult]::new('--clinic', '--clinic', [CompletionResultType]::ParameterName, 'The clinic (a super admin must name one)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;policy;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting with its value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one setting (dentists and super admins)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acceso;policy;help;show' {
            break
        }
        'acceso;policy;help;set' {
            break
        }
        'acceso;policy;help;help' {
            break
        }
        'acceso;login' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password (and the authenticator code, if on) from lines of standard input')
            [CompletionResult]::new('--accept-terms', '--accept-terms', [CompletionResultType]::ParameterName, 'Accept the clinic''s current terms of service (see `acceso terms show`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;logout' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the session token from standard input (otherwise from ACCESO_TOKEN)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;password' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Replace your password (the temporary one at first sign-in) and sign in')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acceso;password;change' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the current and the new password (and the code, if on) from lines of stdin')
            [CompletionResult]::new('--accept-terms', '--accept-terms', [CompletionResultType]::ParameterName, 'Accept the clinic''s current terms of service as well')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;password;help' {
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Replace your password (the temporary one at first sign-in) and sign in')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acceso;password;help;change' {
            break
        }
        'acceso;password;help;help' {
            break
        }
        'acceso;terms' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the terms of service of your clinic')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acceso;terms;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;terms;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the terms of service of your clinic')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acceso;terms;help;show' {
            break
        }
        'acceso;terms;help;help' {
            break
        }
        'acceso;two-factor' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Make a new secret for your authenticator app (shown once); then confirm it')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Turn two-factor sign-in on with a code from the new secret')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn two-factor sign-in off and forget the secret; needs a current code')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acceso;two-factor;setup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password, then the code, from lines of standard input')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;two-factor;confirm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password, then the code, from lines of standard input')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;two-factor;disable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password, then the code, from lines of standard input')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;two-factor;help' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Make a new secret for your authenticator app (shown once); then confirm it')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Turn two-factor sign-in on with a code from the new secret')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn two-factor sign-in off and forget the secret; needs a current code')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acceso;two-factor;help;setup' {
            break
        }
        'acceso;two-factor;help;confirm' {
            break
        }
        'acceso;two-factor;help;disable' {
            break
        }
        'acceso;two-factor;help;help' {
            break
        }
        'acceso;audit' {
            [CompletionResult]::new('--patient', '--patient', [CompletionResultType]::ParameterName, 'Only what concerns this patient')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many of the newest rows to show')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;demo' {
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep the demo database at this new path instead of deleting it afterwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: acceso.db in the per-user data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print data')
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member a staff command runs on behalf of')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status messages, only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on standard error')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acceso;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or upgrade the database, optionally with a first clinic and administrator')
            [CompletionResult]::new('patient', 'patient', [CompletionResultType]::ParameterValue, 'Find and verify patients (staff); view your own records (patients)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Issue and manage patients'' mobile access (staff)')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Show or change the clinic''s access policy (staff)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in as a patient and receive a session token')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End a patient''s session')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Change a patient''s password')
            [CompletionResult]::new('terms', 'terms', [CompletionResultType]::ParameterValue, 'Read the clinic''s terms of service (patients)')
            [CompletionResult]::new('two-factor', 'two-factor', [CompletionResultType]::ParameterValue, 'Set up, confirm or turn off sign-in with an authenticator app''s code (patients)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read the audit trail of your clinic (dentists and super admins)')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Take a guided tour on a throwaway demo database')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acceso;help;init' {
            break
        }
        'acceso;help;patient' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check that a patient exists and belongs to your clinic (step 1 of giving access)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your clinic''s patients')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show your own records (patients signed in with `acceso login`)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show exactly what a patient would see (staff)')
            break
        }
        'acceso;help;patient;verify' {
            break
        }
        'acceso;help;patient;list' {
            break
        }
        'acceso;help;patient;view' {
            break
        }
        'acceso;help;patient;preview' {
            break
        }
        'acceso;help;access' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Verify a patient and issue a username and a temporary password')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a patient''s access: username, status, expiry, sign-in and lock state')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your clinic''s patient accesses')
            [CompletionResult]::new('expiry', 'expiry', [CompletionResultType]::ParameterValue, 'Change when a patient''s access ends')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Stop a patient from signing in; ends their session at once')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Let a deactivated patient sign in again')
            [CompletionResult]::new('rotate-token', 'rotate-token', [CompletionResultType]::ParameterValue, 'End sessions: the current token stops working at once')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Issue a new temporary password; ends the session and clears a lock')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Issue credentials to many patients at once, from CSV or JSON lines')
            [CompletionResult]::new('reset-two-factor', 'reset-two-factor', [CompletionResultType]::ParameterValue, 'Clear a patient''s two-factor sign-in (a lost phone); ends their session')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Clear a lock left by failed sign-ins')
            break
        }
        'acceso;help;access;create' {
            break
        }
        'acceso;help;access;show' {
            break
        }
        'acceso;help;access;list' {
            break
        }
        'acceso;help;access;expiry' {
            break
        }
        'acceso;help;access;deactivate' {
            break
        }
        'acceso;help;access;activate' {
            break
        }
        'acceso;help;access;rotate-token' {
            break
        }
        'acceso;help;access;reset-password' {
            break
        }
        'acceso;help;access;batch' {
            break
        }
        'acceso;help;access;reset-two-factor' {
            break
        }
        'acceso;help;access;unlock' {
            break
        }
        'acceso;help;policy' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting with its value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one setting (dentists and super admins)')
            break
        }
        'acceso;help;policy;show' {
            break
        }
        'acceso;help;policy;set' {
            break
        }
        'acceso;help;login' {
            break
        }
        'acceso;help;logout' {
            break
        }
        'acceso;help;password' {
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Replace your password (the temporary one at first sign-in) and sign in')
            break
        }
        'acceso;help;password;change' {
            break
        }
        'acceso;help;terms' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the terms of service of your clinic')
            break
        }
        'acceso;help;terms;show' {
            break
        }
        'acceso;help;two-factor' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Make a new secret for your authenticator app (shown once); then confirm it')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Turn two-factor sign-in on with a code from the new secret')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn two-factor sign-in off and forget the secret; needs a current code')
            break
        }
        'acceso;help;two-factor;setup' {
            break
        }
        'acceso;help;two-factor;confirm' {
            break
        }
        'acceso;help;two-factor;disable' {
            break
        }
        'acceso;help;audit' {
            break
        }
        'acceso;help;demo' {
            break
        }
        'acceso;help;completions' {
            break
        }
        'acceso;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
