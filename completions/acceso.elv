
use builtin;
use str;

set edit:completion:arg-completer[acceso] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'acceso'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'acceso'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create or upgrade the database, optionally with a first clinic and administrator'
            cand patient 'Find and verify patients (staff); view your own records (patients)'
            cand access 'Issue and manage patients'' mobile access (staff)'
            cand policy 'Show or change the clinic''s access policy (staff)'
            cand login 'Sign in as a patient and receive a session token'
            cand logout 'End a patient''s session'
            cand password 'Change a patient''s password'
            cand terms 'Read the clinic''s terms of service (patients)'
            cand two-factor 'Set up, confirm or turn off sign-in with an authenticator app''s code (patients)'
            cand audit 'Read the audit trail of your clinic (dentists and super admins)'
            cand demo 'Take a guided tour on a throwaway demo database'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acceso;init'= {
            cand --clinic 'Add a clinic with this name, unless it exists'
            cand --admin 'Add a super admin with this sign-in name, unless they exist'
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand --demo 'Fill a new database with demo clinics, staff and patients'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;patient'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand verify 'Check that a patient exists and belongs to your clinic (step 1 of giving access)'
            cand list 'List your clinic''s patients'
            cand view 'Show your own records (patients signed in with `acceso login`)'
            cand preview 'Show exactly what a patient would see (staff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acceso;patient;verify'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;patient;list'= {
            cand --search 'Only patients whose name, CURP, email, phone or id contains this text'
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand --without-access 'Only patients who have no mobile access yet'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;patient;view'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand --token-stdin 'Read the session token from standard input (otherwise from ACCESO_TOKEN)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;patient;preview'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;patient;help'= {
            cand verify 'Check that a patient exists and belongs to your clinic (step 1 of giving access)'
            cand list 'List your clinic''s patients'
            cand view 'Show your own records (patients signed in with `acceso login`)'
            cand preview 'Show exactly what a patient would see (staff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acceso;patient;help;verify'= {
        }
        &'acceso;patient;help;list'= {
        }
        &'acceso;patient;help;view'= {
        }
        &'acceso;patient;help;preview'= {
        }
        &'acceso;patient;help;help'= {
        }
        &'acceso;access'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Verify a patient and issue a username and a temporary password'
            cand show 'Show a patient''s access: username, status, expiry, sign-in and lock state'
            cand list 'List your clinic''s patient accesses'
            cand expiry 'Change when a patient''s access ends'
            cand deactivate 'Stop a patient from signing in; ends their session at once'
            cand activate 'Let a deactivated patient sign in again'
            cand rotate-token 'End sessions: the current token stops working at once'
            cand reset-password 'Issue a new temporary password; ends the session and clears a lock'
            cand batch 'Issue credentials to many patients at once, from CSV or JSON lines'
            cand reset-two-factor 'Clear a patient''s two-factor sign-in (a lost phone); ends their session'
            cand unlock 'Clear a lock left by failed sign-ins'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acceso;access;create'= {
            cand --username 'The username to give (letters, digits and . _ @ + -)'
            cand --username-style 'Make the username from the patient''s record [default: id]'
            cand --expires 'When the access ends: 90d, 12w, 6m, 1y, never or YYYY-MM-DD [default: the clinic''s policy]'
            cand --out 'Write the credential to this new file (mode 0600) instead of the screen'
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;access;show'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;access;list'= {
            cand --status 'Only accesses with this status'
            cand --expiring-within 'Only accesses that end within this time (30d, 2w, 3m, 1y)'
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand --expired 'Only accesses that have ended'
            cand --locked 'Only accesses locked by failed sign-ins'
            cand --never-signed-in 'Only accesses never used to sign in'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;access;expiry'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;access;deactivate'= {
            cand --reason 'Why, for the audit trail'
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;access;activate'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;access;rotate-token'= {
            cand --older-than 'With --all: only sessions issued longer ago than this (30d, 12w, 3m, 1y)'
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand --all 'Every session of your clinic'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;access;reset-password'= {
            cand --out 'Write the credential to this new file (mode 0600) instead of the screen'
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;access;batch'= {
            cand --input 'CSV or JSON lines to read, or - for standard input'
            cand --username-style 'Make usernames from the patients'' records where a row gives none [default: id]'
            cand --expires 'When the access ends where a row gives no `expires` [default: the clinic''s policy]'
            cand --out 'Write the credentials to this new file (mode 0600) instead of standard output'
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand --all-without-access 'Every patient of your clinic who has no access yet'
            cand --continue-on-error 'Issue the good rows even when others fail'
            cand --dry-run 'Check every row and write nothing'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;access;reset-two-factor'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;access;unlock'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;access;help'= {
            cand create 'Verify a patient and issue a username and a temporary password'
            cand show 'Show a patient''s access: username, status, expiry, sign-in and lock state'
            cand list 'List your clinic''s patient accesses'
            cand expiry 'Change when a patient''s access ends'
            cand deactivate 'Stop a patient from signing in; ends their session at once'
            cand activate 'Let a deactivated patient sign in again'
            cand rotate-token 'End sessions: the current token stops working at once'
            cand reset-password 'Issue a new temporary password; ends the session and clears a lock'
            cand batch 'Issue credentials to many patients at once, from CSV or JSON lines'
            cand reset-two-factor 'Clear a patient''s two-factor sign-in (a lost phone); ends their session'
            cand unlock 'Clear a lock left by failed sign-ins'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acceso;access;help;create'= {
        }
        &'acceso;access;help;show'= {
        }
        &'acceso;access;help;list'= {
        }
        &'acceso;access;help;expiry'= {
        }
        &'acceso;access;help;deactivate'= {
        }
        &'acceso;access;help;activate'= {
        }
        &'acceso;access;help;rotate-token'= {
        }
        &'acceso;access;help;reset-password'= {
        }
        &'acceso;access;help;batch'= {
        }
        &'acceso;access;help;reset-two-factor'= {
        }
        &'acceso;access;help;unlock'= {
        }
        &'acceso;access;help;help'= {
        }
        &'acceso;policy'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show every setting with its value'
            cand set 'Change one setting (dentists and super admins)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acceso;policy;show'= {
            cand --clinic 'The clinic (a super admin must name one)'
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;policy;set'= {
            cand --clinic 'The clinic (a super admin must name one)'
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;policy;help'= {
            cand show 'Show every setting with its value'
            cand set 'Change one setting (dentists and super admins)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acceso;policy;help;show'= {
        }
        &'acceso;policy;help;set'= {
        }
        &'acceso;policy;help;help'= {
        }
        &'acceso;login'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand --password-stdin 'Read the password (and the authenticator code, if on) from lines of standard input'
            cand --accept-terms 'Accept the clinic''s current terms of service (see `acceso terms show`)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;logout'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand --token-stdin 'Read the session token from standard input (otherwise from ACCESO_TOKEN)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;password'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand change 'Replace your password (the temporary one at first sign-in) and sign in'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acceso;password;change'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand --password-stdin 'Read the current and the new password (and the code, if on) from lines of stdin'
            cand --accept-terms 'Accept the clinic''s current terms of service as well'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;password;help'= {
            cand change 'Replace your password (the temporary one at first sign-in) and sign in'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acceso;password;help;change'= {
        }
        &'acceso;password;help;help'= {
        }
        &'acceso;terms'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print the terms of service of your clinic'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acceso;terms;show'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;terms;help'= {
            cand show 'Print the terms of service of your clinic'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acceso;terms;help;show'= {
        }
        &'acceso;terms;help;help'= {
        }
        &'acceso;two-factor'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand setup 'Make a new secret for your authenticator app (shown once); then confirm it'
            cand confirm 'Turn two-factor sign-in on with a code from the new secret'
            cand disable 'Turn two-factor sign-in off and forget the secret; needs a current code'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acceso;two-factor;setup'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand --password-stdin 'Read the password, then the code, from lines of standard input'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;two-factor;confirm'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand --password-stdin 'Read the password, then the code, from lines of standard input'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;two-factor;disable'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand --password-stdin 'Read the password, then the code, from lines of standard input'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;two-factor;help'= {
            cand setup 'Make a new secret for your authenticator app (shown once); then confirm it'
            cand confirm 'Turn two-factor sign-in on with a code from the new secret'
            cand disable 'Turn two-factor sign-in off and forget the secret; needs a current code'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acceso;two-factor;help;setup'= {
        }
        &'acceso;two-factor;help;confirm'= {
        }
        &'acceso;two-factor;help;disable'= {
        }
        &'acceso;two-factor;help;help'= {
        }
        &'acceso;audit'= {
            cand --patient 'Only what concerns this patient'
            cand --limit 'How many of the newest rows to show'
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;demo'= {
            cand --keep 'Keep the demo database at this new path instead of deleting it afterwards'
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;completions'= {
            cand --db 'The database file [default: acceso.db in the per-user data directory]'
            cand --format 'How to print data'
            cand --staff 'The staff member a staff command runs on behalf of'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print no status messages, only data and errors'
            cand --quiet 'Print no status messages, only data and errors'
            cand -v 'Print diagnostics on standard error'
            cand --verbose 'Print diagnostics on standard error'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acceso;help'= {
            cand init 'Create or upgrade the database, optionally with a first clinic and administrator'
            cand patient 'Find and verify patients (staff); view your own records (patients)'
            cand access 'Issue and manage patients'' mobile access (staff)'
            cand policy 'Show or change the clinic''s access policy (staff)'
            cand login 'Sign in as a patient and receive a session token'
            cand logout 'End a patient''s session'
            cand password 'Change a patient''s password'
            cand terms 'Read the clinic''s terms of service (patients)'
            cand two-factor 'Set up, confirm or turn off sign-in with an authenticator app''s code (patients)'
            cand audit 'Read the audit trail of your clinic (dentists and super admins)'
            cand demo 'Take a guided tour on a throwaway demo database'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acceso;help;init'= {
        }
        &'acceso;help;patient'= {
            cand verify 'Check that a patient exists and belongs to your clinic (step 1 of giving access)'
            cand list 'List your clinic''s patients'
            cand view 'Show your own records (patients signed in with `acceso login`)'
            cand preview 'Show exactly what a patient would see (staff)'
        }
        &'acceso;help;patient;verify'= {
        }
        &'acceso;help;patient;list'= {
        }
        &'acceso;help;patient;view'= {
        }
        &'acceso;help;patient;preview'= {
        }
        &'acceso;help;access'= {
            cand create 'Verify a patient and issue a username and a temporary password'
            cand show 'Show a patient''s access: username, status, expiry, sign-in and lock state'
            cand list 'List your clinic''s patient accesses'
            cand expiry 'Change when a patient''s access ends'
            cand deactivate 'Stop a patient from signing in; ends their session at once'
            cand activate 'Let a deactivated patient sign in again'
            cand rotate-token 'End sessions: the current token stops working at once'
            cand reset-password 'Issue a new temporary password; ends the session and clears a lock'
            cand batch 'Issue credentials to many patients at once, from CSV or JSON lines'
            cand reset-two-factor 'Clear a patient''s two-factor sign-in (a lost phone); ends their session'
            cand unlock 'Clear a lock left by failed sign-ins'
        }
        &'acceso;help;access;create'= {
        }
        &'acceso;help;access;show'= {
        }
        &'acceso;help;access;list'= {
        }
        &'acceso;help;access;expiry'= {
        }
        &'acceso;help;access;deactivate'= {
        }
        &'acceso;help;access;activate'= {
        }
        &'acceso;help;access;rotate-token'= {
        }
        &'acceso;help;access;reset-password'= {
        }
        &'acceso;help;access;batch'= {
        }
        &'acceso;help;access;reset-two-factor'= {
        }
        &'acceso;help;access;unlock'= {
        }
        &'acceso;help;policy'= {
            cand show 'Show every setting with its value'
            cand set 'Change one setting (dentists and super admins)'
        }
        &'acceso;help;policy;show'= {
        }
        &'acceso;help;policy;set'= {
        }
        &'acceso;help;login'= {
        }
        &'acceso;help;logout'= {
        }
        &'acceso;help;password'= {
            cand change 'Replace your password (the temporary one at first sign-in) and sign in'
        }
        &'acceso;help;password;change'= {
        }
        &'acceso;help;terms'= {
            cand show 'Print the terms of service of your clinic'
        }
        &'acceso;help;terms;show'= {
        }
        &'acceso;help;two-factor'= {
            cand setup 'Make a new secret for your authenticator app (shown once); then confirm it'
            cand confirm 'Turn two-factor sign-in on with a code from the new secret'
            cand disable 'Turn two-factor sign-in off and forget the secret; needs a current code'
        }
        &'acceso;help;two-factor;setup'= {
        }
        &'acceso;help;two-factor;confirm'= {
        }
        &'acceso;help;two-factor;disable'= {
        }
        &'acceso;help;audit'= {
        }
        &'acceso;help;demo'= {
        }
        &'acceso;help;completions'= {
        }
        &'acceso;help;help'= {
        }
    ]
    $completions[$command]
}
