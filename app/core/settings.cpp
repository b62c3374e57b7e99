#include "core/settings.h"

#include "core/version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace {

constexpr QFile::Permissions ownerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions ownerOnlyDirectory
    = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

// The file names the servers and accounts someone uses: no secret, but nobody else's business.
// QSettings creates a missing file with the umask's permissions (often world-readable) and keeps
// those of an existing one when it saves. So an existing file is tightened to owner-only when it
// is opened, and a missing one is created owner-only just before the first write (never merely
// for reading: a run that stores nothing leaves nothing behind). Only where the settings are a
// file (not the Windows registry).
bool isFile(const QString &fileName)
{
    return !fileName.isEmpty() && QFileInfo(fileName).isAbsolute();
}

void tightenExisting(const QString &fileName)
{
    QFile file(fileName);
    if (file.exists()
        && (file.permissions() & ~(ownerOnlyFile | QFile::ReadUser | QFile::WriteUser)) != 0)
        file.setPermissions(ownerOnlyFile);
}

} // namespace

QString Settings::organizationName()
{
    return QStringLiteral(LIFTOFF_APP_ID);
}

QString Settings::applicationName()
{
    return QStringLiteral("liftoff");
}

std::unique_ptr<QSettings> Settings::open()
{
    auto settings = QCoreApplication::organizationName().isEmpty()
        ? std::make_unique<QSettings>(organizationName(), applicationName())
        : std::make_unique<QSettings>(QCoreApplication::organizationName(),
                                      QCoreApplication::applicationName());
    if (isFile(settings->fileName()))
        tightenExisting(settings->fileName());
    return settings;
}

void Settings::prepareToWrite(const QSettings &settings)
{
    const QString fileName = settings.fileName();
    if (!isFile(fileName))
        return;
    const QString directory = QFileInfo(fileName).absolutePath();
    if (!QFileInfo::exists(directory)) {
        if (!QDir().mkpath(directory))
            return;
        QFile::setPermissions(directory, ownerOnlyDirectory); // ours: nobody else's business
    }
    QFile file(fileName);
    if (!file.exists()) {
        // Created owner-only at once, not tightened after a moment of being readable.
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile))
            file.close();
        return;
    }
    tightenExisting(fileName);
}
