"""polepatrimoine-import-actors, run for real on an instance of its own."""

from tests.fixtures.instance import BIN

import subprocess


HEADER = "title;actor_category;department;zip_code;city;latitude;longitude"


def run(instance, csv_path, *args):
    return subprocess.run(
        [BIN / "polepatrimoine-import-actors", instance, csv_path, *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def write(tmp_path, *rows, encoding="utf-8"):
    path = tmp_path / "acteurs.csv"
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode(encoding))
    return path


def test_import_with_progress_then_update(instance, tmp_path):
    rows = [
        f"Acteur n°{n};association;44;44000;Nantes;47.2;-1.5" for n in range(1, 121)
    ]
    done = run(instance, write(tmp_path, *rows))
    assert done.returncode == 0, done.stderr
    assert "Import terminé : 120 créés, 0 mis à jour (en " in done.stdout
    assert "120/120" in done.stderr
    assert "[########################################]" in done.stderr

    again = run(instance, write(tmp_path, *rows[:3]))
    assert "Import terminé : 0 créés, 3 mis à jour (en " in again.stdout


def test_invalid_file_writes_nothing(instance, tmp_path):
    bad = write(
        tmp_path,
        "Nouveau valide;association;44;44000;Nantes;;",
        "Nouveau invalide;association;44;49000;Nantes;;",
    )
    failed = run(instance, bad)
    assert failed.returncode == 1
    assert (
        "Ligne 3, colonne « zip_code » : Le code postal 49000 n'est pas dans le "
        "département 44." in failed.stderr
    )
    assert "Rien n'a été importé" in failed.stderr
    check = run(
        instance,
        write(tmp_path, "Nouveau valide;association;44;44000;Nantes;;"),
        "--dry-run",
    )
    assert "Fichier valide : 1 à créer, 0 à mettre à jour." in check.stdout
