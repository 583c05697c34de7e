#include "PasswordHash.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <sodium.h>

namespace houqin::PasswordHash {

namespace {
bool ready() {
    static const bool ok = sodium_init() >= 0; // idempotent and thread-safe; -1 only without entropy
    return ok;
}
} // namespace

Result<QString> hash(const QString& password) {
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (!ready() ||
        crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Users", "The password could not be protected "
                                                                "(not enough memory)."),
                           QStringLiteral("PasswordHash::hash"));
    return QString::fromLatin1(out);
}

bool verify(const QString& stored, const QString& password) {
    const QByteArray s = stored.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return ready() && !s.isEmpty() && s.size() < crypto_pwhash_STRBYTES &&
           crypto_pwhash_str_verify(s.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

std::optional<Parameters> parameters(const QString& stored) {
    static const QRegularExpression re(QStringLiteral(
        R"(^\$(argon2id|argon2i)\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$)"));
    const auto m = re.match(stored);
    if (!m.hasMatch())
        return std::nullopt;
    return Parameters{m.captured(1), m.captured(2).toInt(), m.captured(3).toLongLong(), m.captured(4).toInt(),
                      m.captured(5).toInt()};
}

} // namespace houqin::PasswordHash
