//! `acceso init`: create or upgrade the database.

use std::path::Path;

use clap::Args;
use serde_json::json;

use super::output::{new_table, Format, Output};
use super::Global;
use crate::error::{Error, Result};
use crate::store::{Opened, SCHEMA_VERSION};

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  acceso init\n  acceso init --clinic \"Clínica Dental \
                        Sonrisa\" --admin admin\n  acceso --db demo.db init --demo")]
pub struct InitArgs {
    /// Add a clinic with this name, unless it exists
    #[arg(long, value_name = "NAME")]
    clinic: Option<String>,

    /// Add a super admin with this sign-in name, unless they exist
    #[arg(long, value_name = "USER")]
    admin: Option<String>,

    /// Fill a new database with demo clinics, staff and patients
    #[arg(long, conflicts_with_all = ["clinic", "admin"])]
    demo: bool,
}

pub fn run(global: &Global, out: Output, args: InitArgs) -> Result<()> {
    let path = global.db_path()?;
    if args.demo && path.exists() {
        return Err(Error::conflict(format!("{} already exists", path.display()))
            .with_hint("the demo needs a new file: pass a new path with --db"));
    }
    create_parent(&path)?;

    let (mut app, opened) = global.open_or_create(true)?;
    let setup = app.set_up(args.clinic.as_deref(), args.admin.as_deref())?;
    let demo = if args.demo { Some(app.fill_demo()?) } else { None };

    let path_text = path.display().to_string();
    if out.format == Format::Json {
        return out.json(&json!({
            "path": path_text,
            "schema_version": SCHEMA_VERSION,
            "created": opened == Opened::Created,
            "upgraded_from": match opened { Opened::Upgraded { from } => Some(from), _ => None },
            "clinic": setup.clinic.as_ref().map(|(id, name, created)| {
                json!({ "id": id, "name": name, "created": created })
            }),
            "admin": setup.admin.as_ref().map(|(user, created)| {
                json!({ "username": user, "created": created })
            }),
            "demo": demo.as_ref().map(|demo| json!({
                "clinics": demo.clinics.iter().map(|(id, name)| json!({"id": id, "name": name}))
                    .collect::<Vec<_>>(),
                "patients": demo.patients,
                "staff": demo.staff.iter().map(|s| json!({
                    "username": s.username, "name": s.name, "role": s.role,
                    "clinic": s.clinic, "active": s.active,
                })).collect::<Vec<_>>(),
            })),
        }));
    }

    match opened {
        Opened::Created => out.status(&format!("Created the database at {path_text}.")),
        Opened::Upgraded { from } => out.status(&format!(
            "Upgraded the database at {path_text} from schema {from} to {SCHEMA_VERSION}."
        )),
        Opened::Current => out.status(&format!("The database at {path_text} is up to date.")),
    }
    if let Some((id, name, created)) = &setup.clinic {
        let verb = if *created { "Added" } else { "Found" };
        out.status(&format!("{verb} clinic {id}: {name}."));
    }
    if let Some((username, created)) = &setup.admin {
        let verb = if *created { "Added" } else { "Found" };
        out.status(&format!("{verb} super admin {username}."));
    }
    if let Some(demo) = demo {
        out.status(&format!(
            "Added {} clinics and {} patients. Staff to sign in as (--staff USER):",
            demo.clinics.len(),
            demo.patients
        ));
        let mut table = new_table();
        table.set_header(vec!["Staff user", "Name", "Role", "Clinic", "Status"]);
        for staff in &demo.staff {
            table.add_row(vec![
                staff.username.clone(),
                staff.name.clone(),
                staff.role.to_string(),
                staff.clinic.clone().unwrap_or_else(|| "all clinics".into()),
                if staff.active { "activo" } else { "inactivo" }.to_string(),
            ]);
        }
        out.text(&format!("{table}\n"))?;
    }
    Ok(())
}

/// Creates the folder that will hold the database, readable by its owner only.
fn create_parent(path: &Path) -> Result<()> {
    let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) else {
        return Ok(());
    };
    if parent.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(parent)
        .map_err(|err| Error::io(format!("cannot create the folder {}: {err}", parent.display())))
}
