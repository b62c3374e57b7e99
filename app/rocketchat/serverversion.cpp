#include "rocketchat/serverversion.h"

#include <QList>
#include <QVersionNumber>

namespace {

QVersionNumber parseVersion(const QString &text)
{
    return QVersionNumber::fromString(text.trimmed());
}

// QVersionNumber ranks 7.0 below 7.0.0; a missing segment is 0 here.
int compareParsed(const QVersionNumber &a, const QVersionNumber &b)
{
    QList<int> left = a.segments();
    QList<int> right = b.segments();
    while (left.size() < right.size())
        left.append(0);
    while (right.size() < left.size())
        right.append(0);
    return QVersionNumber::compare(QVersionNumber(left), QVersionNumber(right));
}

} // namespace

QString ServerVersion::minimum()
{
    return QStringLiteral("6.0.0");
}

int ServerVersion::compare(const QString &a, const QString &b)
{
    return compareParsed(parseVersion(a), parseVersion(b));
}

bool ServerVersion::isSupported(const QString &version)
{
    const QVersionNumber parsed = parseVersion(version);
    return !parsed.isNull() && compareParsed(parsed, parseVersion(minimum())) >= 0;
}
