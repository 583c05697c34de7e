#pragma once

#include <QString>

namespace houqin {

// Who makes a change, as written to the audit trail and the created_by/updated_by columns.
// Until user accounts exist this is the operating-system user.
struct Actor {
    QString name;
    static Actor systemUser();
};

} // namespace houqin
