#pragma once

#include "Issue.h"

#include <QString>
#include <QStringList>
#include <utility>
#include <variant>

namespace houqin {

// What went wrong, as a value. Storage, io and reports return these; only the GUI and the CLI turn
// them into dialogs or stderr text.
struct Error {
    enum class Code {
        Sql,        // a statement failed (see sql)
        Busy,       // the database is locked by another program
        NotFound,   // no record with that id
        Validation, // the record breaks a rule; see issues
        NotOurFile, // not a SQLite file, or a SQLite file of another application
        TooNew,     // written by a newer Houqin
        Damaged,    // a Houqin file that is damaged (cut short, a bad header, pages SQLite cannot read)
        ReadOnly,   // the file is open for reading only (it or its folder cannot be written)
        Io,         // a file could not be read or written
        Usage,      // the caller asked for something that does not exist
        Denied,     // who is asking may not: a wrong password, a locked account, a missing permission
        Cancelled,  // the person stopped a long task (Cancel); nothing of it was kept
    };
    Code code = Code::Sql;
    QString message; // translated, for people
    QString sql;     // the failing statement, for the log
    QString where;   // the function that failed, for the log
    QString detail;  // the database's own text (English), for the log and for matching declared refusals
    bool constraint = false; // the database refused the statement (a trigger's RAISE, UNIQUE, CHECK, FK)
    Issues issues;           // with Code::Validation: one per broken rule

    static Error make(Code c, QString msg, QString where = {}) {
        Error e;
        e.code = c;
        e.message = std::move(msg);
        e.where = std::move(where);
        return e;
    }
    static Error validation(Issues issues);
};

// A value or an Error, in the spirit of std::expected (C++23, not in Debian 12's C++20 library).
template <class T> class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    // By value on temporaries, so `for (auto& x : repo.list().value())` cannot dangle.
    T value() && { return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace houqin
