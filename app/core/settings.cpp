#include "core/settings.h"

#include "core/version.h"

#include <QCoreApplication>
#include <QSettings>

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
    if (QCoreApplication::organizationName().isEmpty())
        return std::make_unique<QSettings>(organizationName(), applicationName());
    return std::make_unique<QSettings>(QCoreApplication::organizationName(),
                                       QCoreApplication::applicationName());
}
