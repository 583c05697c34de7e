#pragma once

#include "domain/Result.h"

#include <QString>
#include <optional>

// Passwords are stored as libsodium's crypto_pwhash_str output: Argon2id with its parameters and a random
// salt in one string ("$argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>"), so parameters raised later still
// verify old hashes. The parameters are libsodium's "interactive" limits, above OWASP's minimum for
// Argon2id (m = 19 MiB, t = 2, p = 1): 64 MiB and two passes, about a tenth of a second on the office PC.
namespace houqin::PasswordHash {

// What a stored hash says about how it was made.
struct Parameters {
    QString algorithm; // "argon2id"
    int version = 0;   // 19
    qint64 memoryKiB = 0;
    int passes = 0;
    int lanes = 0;
};
// OWASP's minimum for Argon2id.
inline constexpr qint64 kOwaspMinMemoryKiB = 19 * 1024;
inline constexpr int kOwaspMinPasses = 2;

Result<QString> hash(const QString& password);
bool verify(const QString& stored, const QString& password);
// The parameters written in a stored hash; nothing when it is not an Argon2 hash string.
std::optional<Parameters> parameters(const QString& stored);

} // namespace houqin::PasswordHash
