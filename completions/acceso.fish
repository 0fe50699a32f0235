# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_acceso_global_optspecs
    string join \n db= format= staff= y/yes q/quiet v/verbose h/help V/version
end

function __fish_acceso_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_acceso_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_acceso_using_subcommand
    set -l cmd (__fish_acceso_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c acceso -n "__fish_acceso_needs_command" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_needs_command" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_needs_command" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_needs_command" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_needs_command" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_needs_command" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_needs_command" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_needs_command" -f -a "init" -d 'Create or upgrade the database, optionally with a first clinic and administrator'
complete -c acceso -n "__fish_acceso_needs_command" -f -a "patient" -d 'Find and verify patients (staff); view your own records (patients)'
complete -c acceso -n "__fish_acceso_needs_command" -f -a "access" -d 'Issue and manage patients\' mobile access (staff)'
complete -c acceso -n "__fish_acceso_needs_command" -f -a "policy" -d 'Show or change the clinic\'s access policy (staff)'
complete -c acceso -n "__fish_acceso_needs_command" -f -a "login" -d 'Sign in as a patient and receive a session token'
complete -c acceso -n "__fish_acceso_needs_command" -f -a "logout" -d 'End a patient\'s session'
complete -c acceso -n "__fish_acceso_needs_command" -f -a "password" -d 'Change a patient\'s password'
complete -c acceso -n "__fish_acceso_needs_command" -f -a "terms" -d 'Read the clinic\'s terms of service (patients)'
complete -c acceso -n "__fish_acceso_needs_command" -f -a "two-factor" -d 'Set up, confirm or turn off sign-in with an authenticator app\'s code (patients)'
complete -c acceso -n "__fish_acceso_needs_command" -f -a "audit" -d 'Read the audit trail of your clinic (dentists and super admins)'
complete -c acceso -n "__fish_acceso_needs_command" -f -a "demo" -d 'Take a guided tour on a throwaway demo database'
complete -c acceso -n "__fish_acceso_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c acceso -n "__fish_acceso_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acceso -n "__fish_acceso_using_subcommand init" -l clinic -d 'Add a clinic with this name, unless it exists' -r
complete -c acceso -n "__fish_acceso_using_subcommand init" -l admin -d 'Add a super admin with this sign-in name, unless they exist' -r
complete -c acceso -n "__fish_acceso_using_subcommand init" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand init" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand init" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand init" -l demo -d 'Fill a new database with demo clinics, staff and patients'
complete -c acceso -n "__fish_acceso_using_subcommand init" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand init" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand init" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand init" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and not __fish_seen_subcommand_from verify list view preview help" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand patient; and not __fish_seen_subcommand_from verify list view preview help" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand patient; and not __fish_seen_subcommand_from verify list view preview help" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand patient; and not __fish_seen_subcommand_from verify list view preview help" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and not __fish_seen_subcommand_from verify list view preview help" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and not __fish_seen_subcommand_from verify list view preview help" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and not __fish_seen_subcommand_from verify list view preview help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and not __fish_seen_subcommand_from verify list view preview help" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and not __fish_seen_subcommand_from verify list view preview help" -f -a "verify" -d 'Check that a patient exists and belongs to your clinic (step 1 of giving access)'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and not __fish_seen_subcommand_from verify list view preview help" -f -a "list" -d 'List your clinic\'s patients'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and not __fish_seen_subcommand_from verify list view preview help" -f -a "view" -d 'Show your own records (patients signed in with `acceso login`)'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and not __fish_seen_subcommand_from verify list view preview help" -f -a "preview" -d 'Show exactly what a patient would see (staff)'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and not __fish_seen_subcommand_from verify list view preview help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from verify" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from verify" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from verify" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from list" -l search -d 'Only patients whose name, CURP, email, phone or id contains this text' -r
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from list" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from list" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from list" -l without-access -d 'Only patients who have no mobile access yet'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from view" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from view" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from view" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from view" -l token-stdin -d 'Read the session token from standard input (otherwise from ACCESO_TOKEN)'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from view" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from view" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from view" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from view" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from preview" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from preview" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from preview" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from preview" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from preview" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from preview" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from preview" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from preview" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check that a patient exists and belongs to your clinic (step 1 of giving access)'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your clinic\'s patients'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from help" -f -a "view" -d 'Show your own records (patients signed in with `acceso login`)'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from help" -f -a "preview" -d 'Show exactly what a patient would see (staff)'
complete -c acceso -n "__fish_acceso_using_subcommand patient; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -f -a "create" -d 'Verify a patient and issue a username and a temporary password'
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -f -a "show" -d 'Show a patient\'s access: username, status, expiry, sign-in and lock state'
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -f -a "list" -d 'List your clinic\'s patient accesses'
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -f -a "expiry" -d 'Change when a patient\'s access ends'
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -f -a "deactivate" -d 'Stop a patient from signing in; ends their session at once'
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -f -a "activate" -d 'Let a deactivated patient sign in again'
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -f -a "rotate-token" -d 'End sessions: the current token stops working at once'
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -f -a "reset-password" -d 'Issue a new temporary password; ends the session and clears a lock'
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -f -a "batch" -d 'Issue credentials to many patients at once, from CSV or JSON lines'
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -f -a "reset-two-factor" -d 'Clear a patient\'s two-factor sign-in (a lost phone); ends their session'
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -f -a "unlock" -d 'Clear a lock left by failed sign-ins'
complete -c acceso -n "__fish_acceso_using_subcommand access; and not __fish_seen_subcommand_from create show list expiry deactivate activate rotate-token reset-password batch reset-two-factor unlock help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from create" -l username -d 'The username to give (letters, digits and . _ @ + -)' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from create" -l username-style -d 'Make the username from the patient\'s record [default: id]' -r -f -a "email\t'The patient\'s email address'
phone\t'The ten digits of the patient\'s phone'
id\t'paciente_<id>'"
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from create" -l expires -d 'When the access ends: 90d, 12w, 6m, 1y, never or YYYY-MM-DD [default: the clinic\'s policy]' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from create" -l out -d 'Write the credential to this new file (mode 0600) instead of the screen' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from create" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from create" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from create" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from show" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from show" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from list" -l status -d 'Only accesses with this status' -r -f -a "activo\t''
inactivo\t''"
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from list" -l expiring-within -d 'Only accesses that end within this time (30d, 2w, 3m, 1y)' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from list" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from list" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from list" -l expired -d 'Only accesses that have ended'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from list" -l locked -d 'Only accesses locked by failed sign-ins'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from list" -l never-signed-in -d 'Only accesses never used to sign in'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from expiry" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from expiry" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from expiry" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from expiry" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from expiry" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from expiry" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from expiry" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from expiry" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from deactivate" -l reason -d 'Why, for the audit trail' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from deactivate" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from deactivate" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from deactivate" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from deactivate" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from activate" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from activate" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from activate" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from activate" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from rotate-token" -l older-than -d 'With --all: only sessions issued longer ago than this (30d, 12w, 3m, 1y)' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from rotate-token" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from rotate-token" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from rotate-token" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from rotate-token" -l all -d 'Every session of your clinic'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from rotate-token" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from rotate-token" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from rotate-token" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from rotate-token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from rotate-token" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from reset-password" -l out -d 'Write the credential to this new file (mode 0600) instead of the screen' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from reset-password" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from reset-password" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from reset-password" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from reset-password" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from reset-password" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from reset-password" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from reset-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from reset-password" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from batch" -l input -d 'CSV or JSON lines to read, or - for standard input' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from batch" -l username-style -d 'Make usernames from the patients\' records where a row gives none [default: id]' -r -f -a "email\t'The patient\'s email address'
phone\t'The ten digits of the patient\'s phone'
id\t'paciente_<id>'"
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from batch" -l expires -d 'When the access ends where a row gives no `expires` [default: the clinic\'s policy]' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from batch" -l out -d 'Write the credentials to this new file (mode 0600) instead of standard output' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from batch" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from batch" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from batch" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from batch" -l all-without-access -d 'Every patient of your clinic who has no access yet'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from batch" -l continue-on-error -d 'Issue the good rows even when others fail'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from batch" -l dry-run -d 'Check every row and write nothing'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from batch" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from batch" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from batch" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from batch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from batch" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from reset-two-factor" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from reset-two-factor" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from reset-two-factor" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from reset-two-factor" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from reset-two-factor" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from reset-two-factor" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from reset-two-factor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from reset-two-factor" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from unlock" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from unlock" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from unlock" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from unlock" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from unlock" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from unlock" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from unlock" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "create" -d 'Verify a patient and issue a username and a temporary password'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a patient\'s access: username, status, expiry, sign-in and lock state'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your clinic\'s patient accesses'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "expiry" -d 'Change when a patient\'s access ends'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Stop a patient from signing in; ends their session at once'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Let a deactivated patient sign in again'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "rotate-token" -d 'End sessions: the current token stops working at once'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "reset-password" -d 'Issue a new temporary password; ends the session and clears a lock'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "batch" -d 'Issue credentials to many patients at once, from CSV or JSON lines'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "reset-two-factor" -d 'Clear a patient\'s two-factor sign-in (a lost phone); ends their session'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "unlock" -d 'Clear a lock left by failed sign-ins'
complete -c acceso -n "__fish_acceso_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and not __fish_seen_subcommand_from show set help" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand policy; and not __fish_seen_subcommand_from show set help" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand policy; and not __fish_seen_subcommand_from show set help" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand policy; and not __fish_seen_subcommand_from show set help" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and not __fish_seen_subcommand_from show set help" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and not __fish_seen_subcommand_from show set help" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and not __fish_seen_subcommand_from show set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and not __fish_seen_subcommand_from show set help" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and not __fish_seen_subcommand_from show set help" -f -a "show" -d 'Show every setting with its value'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and not __fish_seen_subcommand_from show set help" -f -a "set" -d 'Change one setting (dentists and super admins)'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and not __fish_seen_subcommand_from show set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from show" -l clinic -d 'The clinic (a super admin must name one)' -r
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from show" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from show" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from set" -l clinic -d 'The clinic (a super admin must name one)' -r
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from set" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from set" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from set" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every setting with its value'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change one setting (dentists and super admins)'
complete -c acceso -n "__fish_acceso_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acceso -n "__fish_acceso_using_subcommand login" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand login" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand login" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand login" -l password-stdin -d 'Read the password (and the authenticator code, if on) from lines of standard input'
complete -c acceso -n "__fish_acceso_using_subcommand login" -l accept-terms -d 'Accept the clinic\'s current terms of service (see `acceso terms show`)'
complete -c acceso -n "__fish_acceso_using_subcommand login" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand login" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand login" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand login" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand logout" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand logout" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand logout" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand logout" -l token-stdin -d 'Read the session token from standard input (otherwise from ACCESO_TOKEN)'
complete -c acceso -n "__fish_acceso_using_subcommand logout" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand logout" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand logout" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand logout" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand password; and not __fish_seen_subcommand_from change help" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand password; and not __fish_seen_subcommand_from change help" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand password; and not __fish_seen_subcommand_from change help" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand password; and not __fish_seen_subcommand_from change help" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand password; and not __fish_seen_subcommand_from change help" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand password; and not __fish_seen_subcommand_from change help" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand password; and not __fish_seen_subcommand_from change help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand password; and not __fish_seen_subcommand_from change help" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand password; and not __fish_seen_subcommand_from change help" -f -a "change" -d 'Replace your password (the temporary one at first sign-in) and sign in'
complete -c acceso -n "__fish_acceso_using_subcommand password; and not __fish_seen_subcommand_from change help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acceso -n "__fish_acceso_using_subcommand password; and __fish_seen_subcommand_from change" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand password; and __fish_seen_subcommand_from change" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand password; and __fish_seen_subcommand_from change" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand password; and __fish_seen_subcommand_from change" -l password-stdin -d 'Read the current and the new password (and the code, if on) from lines of stdin'
complete -c acceso -n "__fish_acceso_using_subcommand password; and __fish_seen_subcommand_from change" -l accept-terms -d 'Accept the clinic\'s current terms of service as well'
complete -c acceso -n "__fish_acceso_using_subcommand password; and __fish_seen_subcommand_from change" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand password; and __fish_seen_subcommand_from change" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand password; and __fish_seen_subcommand_from change" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand password; and __fish_seen_subcommand_from change" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand password; and __fish_seen_subcommand_from change" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand password; and __fish_seen_subcommand_from help" -f -a "change" -d 'Replace your password (the temporary one at first sign-in) and sign in'
complete -c acceso -n "__fish_acceso_using_subcommand password; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acceso -n "__fish_acceso_using_subcommand terms; and not __fish_seen_subcommand_from show help" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand terms; and not __fish_seen_subcommand_from show help" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand terms; and not __fish_seen_subcommand_from show help" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand terms; and not __fish_seen_subcommand_from show help" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand terms; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand terms; and not __fish_seen_subcommand_from show help" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand terms; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand terms; and not __fish_seen_subcommand_from show help" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand terms; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Print the terms of service of your clinic'
complete -c acceso -n "__fish_acceso_using_subcommand terms; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acceso -n "__fish_acceso_using_subcommand terms; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand terms; and __fish_seen_subcommand_from show" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand terms; and __fish_seen_subcommand_from show" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand terms; and __fish_seen_subcommand_from show" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c acceso -n "__fish_acceso_using_subcommand terms; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand terms; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand terms; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand terms; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand terms; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand terms; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the terms of service of your clinic'
complete -c acceso -n "__fish_acceso_using_subcommand terms; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and not __fish_seen_subcommand_from setup confirm disable help" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and not __fish_seen_subcommand_from setup confirm disable help" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and not __fish_seen_subcommand_from setup confirm disable help" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and not __fish_seen_subcommand_from setup confirm disable help" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and not __fish_seen_subcommand_from setup confirm disable help" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and not __fish_seen_subcommand_from setup confirm disable help" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and not __fish_seen_subcommand_from setup confirm disable help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and not __fish_seen_subcommand_from setup confirm disable help" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and not __fish_seen_subcommand_from setup confirm disable help" -f -a "setup" -d 'Make a new secret for your authenticator app (shown once); then confirm it'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and not __fish_seen_subcommand_from setup confirm disable help" -f -a "confirm" -d 'Turn two-factor sign-in on with a code from the new secret'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and not __fish_seen_subcommand_from setup confirm disable help" -f -a "disable" -d 'Turn two-factor sign-in off and forget the secret; needs a current code'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and not __fish_seen_subcommand_from setup confirm disable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from setup" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from setup" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from setup" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from setup" -l password-stdin -d 'Read the password, then the code, from lines of standard input'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from setup" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from setup" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from setup" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from setup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from setup" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from confirm" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from confirm" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from confirm" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from confirm" -l password-stdin -d 'Read the password, then the code, from lines of standard input'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from confirm" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from confirm" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from confirm" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from confirm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from confirm" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from disable" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from disable" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from disable" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from disable" -l password-stdin -d 'Read the password, then the code, from lines of standard input'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from help" -f -a "setup" -d 'Make a new secret for your authenticator app (shown once); then confirm it'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from help" -f -a "confirm" -d 'Turn two-factor sign-in on with a code from the new secret'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Turn two-factor sign-in off and forget the secret; needs a current code'
complete -c acceso -n "__fish_acceso_using_subcommand two-factor; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acceso -n "__fish_acceso_using_subcommand audit" -l patient -d 'Only what concerns this patient' -r
complete -c acceso -n "__fish_acceso_using_subcommand audit" -l limit -d 'How many of the newest rows to show' -r
complete -c acceso -n "__fish_acceso_using_subcommand audit" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand audit" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand audit" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand audit" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand audit" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand audit" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand audit" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand demo" -l keep -d 'Keep the demo database at this new path instead of deleting it afterwards' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand demo" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand demo" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand demo" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand demo" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand demo" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand demo" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand demo" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand completions" -l db -d 'The database file [default: acceso.db in the per-user data directory]' -r -F
complete -c acceso -n "__fish_acceso_using_subcommand completions" -l format -d 'How to print data' -r -f -a "table\t'Tables for people'
json\t'JSON for scripts and kiosks'
csv\t'CSV for lists'"
complete -c acceso -n "__fish_acceso_using_subcommand completions" -l staff -d 'The staff member a staff command runs on behalf of' -r
complete -c acceso -n "__fish_acceso_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations'
complete -c acceso -n "__fish_acceso_using_subcommand completions" -s q -l quiet -d 'Print no status messages, only data and errors'
complete -c acceso -n "__fish_acceso_using_subcommand completions" -s v -l verbose -d 'Print diagnostics on standard error'
complete -c acceso -n "__fish_acceso_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c acceso -n "__fish_acceso_using_subcommand completions" -s V -l version -d 'Print version'
complete -c acceso -n "__fish_acceso_using_subcommand help; and not __fish_seen_subcommand_from init patient access policy login logout password terms two-factor audit demo completions help" -f -a "init" -d 'Create or upgrade the database, optionally with a first clinic and administrator'
complete -c acceso -n "__fish_acceso_using_subcommand help; and not __fish_seen_subcommand_from init patient access policy login logout password terms two-factor audit demo completions help" -f -a "patient" -d 'Find and verify patients (staff); view your own records (patients)'
complete -c acceso -n "__fish_acceso_using_subcommand help; and not __fish_seen_subcommand_from init patient access policy login logout password terms two-factor audit demo completions help" -f -a "access" -d 'Issue and manage patients\' mobile access (staff)'
complete -c acceso -n "__fish_acceso_using_subcommand help; and not __fish_seen_subcommand_from init patient access policy login logout password terms two-factor audit demo completions help" -f -a "policy" -d 'Show or change the clinic\'s access policy (staff)'
complete -c acceso -n "__fish_acceso_using_subcommand help; and not __fish_seen_subcommand_from init patient access policy login logout password terms two-factor audit demo completions help" -f -a "login" -d 'Sign in as a patient and receive a session token'
complete -c acceso -n "__fish_acceso_using_subcommand help; and not __fish_seen_subcommand_from init patient access policy login logout password terms two-factor audit demo completions help" -f -a "logout" -d 'End a patient\'s session'
complete -c acceso -n "__fish_acceso_using_subcommand help; and not __fish_seen_subcommand_from init patient access policy login logout password terms two-factor audit demo completions help" -f -a "password" -d 'Change a patient\'s password'
complete -c acceso -n "__fish_acceso_using_subcommand help; and not __fish_seen_subcommand_from init patient access policy login logout password terms two-factor audit demo completions help" -f -a "terms" -d 'Read the clinic\'s terms of service (patients)'
complete -c acceso -n "__fish_acceso_using_subcommand help; and not __fish_seen_subcommand_from init patient access policy login logout password terms two-factor audit demo completions help" -f -a "two-factor" -d 'Set up, confirm or turn off sign-in with an authenticator app\'s code (patients)'
complete -c acceso -n "__fish_acceso_using_subcommand help; and not __fish_seen_subcommand_from init patient access policy login logout password terms two-factor audit demo completions help" -f -a "audit" -d 'Read the audit trail of your clinic (dentists and super admins)'
complete -c acceso -n "__fish_acceso_using_subcommand help; and not __fish_seen_subcommand_from init patient access policy login logout password terms two-factor audit demo completions help" -f -a "demo" -d 'Take a guided tour on a throwaway demo database'
complete -c acceso -n "__fish_acceso_using_subcommand help; and not __fish_seen_subcommand_from init patient access policy login logout password terms two-factor audit demo completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c acceso -n "__fish_acceso_using_subcommand help; and not __fish_seen_subcommand_from init patient access policy login logout password terms two-factor audit demo completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from patient" -f -a "verify" -d 'Check that a patient exists and belongs to your clinic (step 1 of giving access)'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from patient" -f -a "list" -d 'List your clinic\'s patients'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from patient" -f -a "view" -d 'Show your own records (patients signed in with `acceso login`)'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from patient" -f -a "preview" -d 'Show exactly what a patient would see (staff)'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "create" -d 'Verify a patient and issue a username and a temporary password'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "show" -d 'Show a patient\'s access: username, status, expiry, sign-in and lock state'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "list" -d 'List your clinic\'s patient accesses'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "expiry" -d 'Change when a patient\'s access ends'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "deactivate" -d 'Stop a patient from signing in; ends their session at once'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "activate" -d 'Let a deactivated patient sign in again'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "rotate-token" -d 'End sessions: the current token stops working at once'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "reset-password" -d 'Issue a new temporary password; ends the session and clears a lock'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "batch" -d 'Issue credentials to many patients at once, from CSV or JSON lines'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "reset-two-factor" -d 'Clear a patient\'s two-factor sign-in (a lost phone); ends their session'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "unlock" -d 'Clear a lock left by failed sign-ins'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "show" -d 'Show every setting with its value'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "set" -d 'Change one setting (dentists and super admins)'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from password" -f -a "change" -d 'Replace your password (the temporary one at first sign-in) and sign in'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from terms" -f -a "show" -d 'Print the terms of service of your clinic'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from two-factor" -f -a "setup" -d 'Make a new secret for your authenticator app (shown once); then confirm it'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from two-factor" -f -a "confirm" -d 'Turn two-factor sign-in on with a code from the new secret'
complete -c acceso -n "__fish_acceso_using_subcommand help; and __fish_seen_subcommand_from two-factor" -f -a "disable" -d 'Turn two-factor sign-in off and forget the secret; needs a current code'
