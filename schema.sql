-- The acceso schema: migration 1, applied when PRAGMA user_version is 0.
--
-- Table and column names are the clinic system's own, so rows map one to one onto it. The code
-- uses English names; src/store/mod.rs maps them in one place and README.md has the glossary.
--
-- Every time is ISO-8601 text in UTC, 'YYYY-MM-DD HH:MM:SS', which SQLite's date functions and
-- the clinic system both read. Dates without a time are 'YYYY-MM-DD'.
--
-- Columns a patient must never see: cita.notas_internas, tratamiento.notas_clinicas,
-- tratamiento.codigo_diagnostico, tratamiento.costo (unless the clinic's policy shows prices),
-- historial_medico.notas_privadas, evaluacion_diagnostica, interpretacion_rx and
-- recomendaciones (unless recomendaciones_compartidas is set).
-- Later migrations are appended as new files; this one is never edited once released.

CREATE TABLE clinica (
    id_clinica  INTEGER PRIMARY KEY,
    nombre      TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
    direccion   TEXT,
    telefono    TEXT,
    created_at  TEXT NOT NULL DEFAULT (datetime('now')),
    updated_at  TEXT NOT NULL DEFAULT (datetime('now'))
);

-- Clinic staff. Only a super admin works across clinics, so only a super admin has no clinic.
CREATE TABLE usuario (
    id_usuario  INTEGER PRIMARY KEY,
    id_clinica  INTEGER REFERENCES clinica (id_clinica),
    nombre      TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
    usuario     TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(usuario)) > 0),
    rol         TEXT NOT NULL CHECK (rol IN ('super_admin', 'dentista', 'asistente')),
    estatus     TEXT NOT NULL DEFAULT 'activo' CHECK (estatus IN ('activo', 'inactivo')),
    created_at  TEXT NOT NULL DEFAULT (datetime('now')),
    updated_at  TEXT NOT NULL DEFAULT (datetime('now')),
    CHECK (id_clinica IS NOT NULL OR rol = 'super_admin')
);
CREATE INDEX usuario_clinica ON usuario (id_clinica);

CREATE TABLE paciente (
    id_paciente       INTEGER PRIMARY KEY,
    id_clinica        INTEGER NOT NULL REFERENCES clinica (id_clinica),
    nombre            TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
    apellido_paterno  TEXT NOT NULL,
    apellido_materno  TEXT,
    fecha_nacimiento  TEXT CHECK (fecha_nacimiento IS NULL OR date(fecha_nacimiento) IS NOT NULL),
    sexo              TEXT CHECK (sexo IN ('F', 'M', 'X')),
    telefono          TEXT,
    email             TEXT,
    direccion         TEXT,
    curp              TEXT CHECK (curp IS NULL OR length(curp) = 18),
    created_at        TEXT NOT NULL DEFAULT (datetime('now')),
    updated_at        TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX paciente_clinica ON paciente (id_clinica, apellido_paterno, nombre);

CREATE TABLE cita (
    id_cita         INTEGER PRIMARY KEY,
    id_paciente     INTEGER NOT NULL REFERENCES paciente (id_paciente),
    id_clinica      INTEGER NOT NULL REFERENCES clinica (id_clinica),
    id_dentista     INTEGER NOT NULL REFERENCES usuario (id_usuario),
    fecha_hora      TEXT NOT NULL CHECK (datetime(fecha_hora) IS NOT NULL),
    motivo          TEXT,
    estatus         TEXT NOT NULL DEFAULT 'programada'
                    CHECK (estatus IN ('programada', 'completada', 'cancelada')),
    notas_internas  TEXT
);
CREATE INDEX cita_paciente ON cita (id_paciente, fecha_hora);

CREATE TABLE tratamiento (
    id_tratamiento      INTEGER PRIMARY KEY,
    id_paciente         INTEGER NOT NULL REFERENCES paciente (id_paciente),
    id_dentista         INTEGER NOT NULL REFERENCES usuario (id_usuario),
    nombre              TEXT NOT NULL,
    descripcion         TEXT,
    procedimiento       TEXT,
    estatus             TEXT NOT NULL DEFAULT 'activo'
                        CHECK (estatus IN ('activo', 'completado', 'cancelado')),
    avance              INTEGER NOT NULL DEFAULT 0 CHECK (avance BETWEEN 0 AND 100),
    fecha_inicio        TEXT CHECK (fecha_inicio IS NULL OR date(fecha_inicio) IS NOT NULL),
    fecha_fin           TEXT CHECK (fecha_fin IS NULL OR date(fecha_fin) IS NOT NULL),
    costo               REAL CHECK (costo IS NULL OR costo >= 0),
    notas_clinicas      TEXT,
    codigo_diagnostico  TEXT
);
CREATE INDEX tratamiento_paciente ON tratamiento (id_paciente, fecha_inicio);

CREATE TABLE historial_medico (
    id_historial                 INTEGER PRIMARY KEY,
    id_paciente                  INTEGER NOT NULL UNIQUE REFERENCES paciente (id_paciente),
    alergias                     TEXT,
    medicamentos                 TEXT,
    padecimientos                TEXT,
    notas_privadas               TEXT,
    evaluacion_diagnostica       TEXT,
    interpretacion_rx            TEXT,
    recomendaciones              TEXT,
    recomendaciones_compartidas  INTEGER NOT NULL DEFAULT 0
                                 CHECK (recomendaciones_compartidas IN (0, 1)),
    updated_at                   TEXT NOT NULL DEFAULT (datetime('now'))
);

-- The general health questionnaire: one row per question the patient answered.
CREATE TABLE cuestionario_salud (
    id_respuesta  INTEGER PRIMARY KEY,
    id_paciente   INTEGER NOT NULL REFERENCES paciente (id_paciente),
    orden         INTEGER NOT NULL DEFAULT 0,
    pregunta      TEXT NOT NULL,
    respuesta     TEXT NOT NULL
);
CREATE INDEX cuestionario_paciente ON cuestionario_salud (id_paciente, orden);

-- A patient's mobile access. The first nine columns are the clinic system's; the rest hold the
-- sign-in state that the clinic system keeps elsewhere.
--   password  an argon2id PHC string, never a plaintext
--   token     the SHA-256 (hex) of the current session token, never the token itself
--   fecha_expiracion  when this access ends; NULL means never
--   totp_secreto      the base32 TOTP secret, pending until totp_activo is 1; hidden like
--                     password and token, and shown only once, when it is made
--   totp_ultimo_paso  the last 30-second time step whose code was accepted, so that no code
--                     is accepted twice
CREATE TABLE acceso_movil (
    id_acceso                 INTEGER PRIMARY KEY,
    id_paciente               INTEGER NOT NULL UNIQUE REFERENCES paciente (id_paciente),
    usuario_movil             TEXT NOT NULL UNIQUE COLLATE NOCASE
                              CHECK (length(trim(usuario_movil)) > 0),
    password                  TEXT NOT NULL CHECK (password LIKE '$argon2id$%'),
    token                     TEXT UNIQUE CHECK (token IS NULL OR length(token) = 64),
    fecha_expiracion          TEXT CHECK (fecha_expiracion IS NULL
                                          OR datetime(fecha_expiracion) IS NOT NULL),
    estatus                   TEXT NOT NULL DEFAULT 'activo'
                              CHECK (estatus IN ('activo', 'inactivo')),
    created_at                TEXT NOT NULL DEFAULT (datetime('now')),
    updated_at                TEXT NOT NULL DEFAULT (datetime('now')),
    intentos_fallidos         INTEGER NOT NULL DEFAULT 0 CHECK (intentos_fallidos >= 0),
    bloqueado_hasta           TEXT,
    debe_cambiar_password     INTEGER NOT NULL DEFAULT 1 CHECK (debe_cambiar_password IN (0, 1)),
    password_temporal_expira  TEXT,
    token_emitido             TEXT,
    ultima_actividad          TEXT,
    ultimo_acceso             TEXT,
    terminos_version          TEXT,
    terminos_aceptados        TEXT,
    motivo_estatus            TEXT,
    totp_secreto              TEXT,
    totp_activo               INTEGER NOT NULL DEFAULT 0 CHECK (totp_activo IN (0, 1)),
    totp_ultimo_paso          INTEGER,
    CHECK (totp_activo = 0 OR totp_secreto IS NOT NULL)
);
CREATE INDEX acceso_movil_expiracion ON acceso_movil (fecha_expiracion);

-- Failed sign-ins for usernames that have no account, counted exactly as acceso_movil counts
-- them, so that a lock looks the same whether or not the username exists.
CREATE TABLE intento_desconocido (
    usuario_movil      TEXT PRIMARY KEY COLLATE NOCASE,
    intentos_fallidos  INTEGER NOT NULL DEFAULT 0,
    bloqueado_hasta    TEXT,
    updated_at         TEXT NOT NULL DEFAULT (datetime('now'))
);

-- Who did what to which patient, when, and how it ended. Rows are only ever appended.
--   actor         'staff', 'patient' or 'system'
--   resultado     'ok', or the error code the action ended with
--   usuario_movil the username a patient signed in with (or tried to)
CREATE TABLE auditoria (
    id_auditoria   INTEGER PRIMARY KEY,
    fecha          TEXT NOT NULL,
    actor          TEXT NOT NULL CHECK (actor IN ('staff', 'patient', 'system')),
    id_usuario     INTEGER REFERENCES usuario (id_usuario),
    usuario_staff  TEXT,
    usuario_movil  TEXT,
    id_paciente    INTEGER,
    id_clinica     INTEGER,
    accion         TEXT NOT NULL,
    resultado      TEXT NOT NULL,
    detalle        TEXT
);
CREATE INDEX auditoria_paciente ON auditoria (id_paciente, fecha);
CREATE INDEX auditoria_fecha ON auditoria (fecha);

CREATE TRIGGER auditoria_sin_cambios BEFORE UPDATE ON auditoria
BEGIN
    SELECT RAISE(ABORT, 'auditoria is append-only');
END;
CREATE TRIGGER auditoria_sin_borrado BEFORE DELETE ON auditoria
BEGIN
    SELECT RAISE(ABORT, 'auditoria is append-only');
END;

-- Per-clinic settings. A row is made with the defaults when a clinic is made.
CREATE TABLE politica_clinica (
    id_clinica                INTEGER PRIMARY KEY REFERENCES clinica (id_clinica),
    expiracion_acceso         TEXT NOT NULL DEFAULT '90d',
    password_temporal_min     INTEGER NOT NULL DEFAULT 10080 CHECK (password_temporal_min > 0),
    sesion_min                INTEGER NOT NULL DEFAULT 1440 CHECK (sesion_min > 0),
    inactividad_min           INTEGER NOT NULL DEFAULT 30 CHECK (inactividad_min > 0),
    intentos_max              INTEGER NOT NULL DEFAULT 5 CHECK (intentos_max > 0),
    bloqueo_min               INTEGER NOT NULL DEFAULT 15 CHECK (bloqueo_min > 0),
    password_min              INTEGER NOT NULL DEFAULT 15 CHECK (password_min BETWEEN 8 AND 128),
    argon2_m_kib              INTEGER NOT NULL DEFAULT 19456,
    argon2_t                  INTEGER NOT NULL DEFAULT 2,
    argon2_p                  INTEGER NOT NULL DEFAULT 1,
    mostrar_precios           INTEGER NOT NULL DEFAULT 0 CHECK (mostrar_precios IN (0, 1)),
    terminos_texto            TEXT NOT NULL DEFAULT
        ('Your records are shown read-only for your own use. Keep your password private and '
         || 'sign out on shared devices. To correct anything, contact the clinic.'),
    terminos_version          TEXT NOT NULL DEFAULT '1',
    exigir_2fa                INTEGER NOT NULL DEFAULT 0 CHECK (exigir_2fa IN (0, 1)),
    updated_at                TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE TRIGGER clinica_politica AFTER INSERT ON clinica
BEGIN
    INSERT INTO politica_clinica (id_clinica) VALUES (NEW.id_clinica);
END;
