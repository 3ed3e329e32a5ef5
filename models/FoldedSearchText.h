#pragma once

#include <QString>
#include <QStringView>

// A project's "name code groups", case-folded once: the list filter's haystack, and its parts are the
// sort keys of the text columns (a case-insensitive compare folds every character of both sides per
// call). A summary gets it on the worker that decodes it, so a 100,000-row load does not fold on the
// GUI thread (about 1.4 µs a row there).
struct FoldedSearchText
{
    QString text; // null: not folded yet
    int nameLength = 0;
    int codeLength = 0;

    static FoldedSearchText fold(const QString& name, const QString& code, const QString& groups);
    bool isNull() const { return text.isNull(); }
    QStringView name() const { return QStringView(text).left(nameLength); }
    QStringView code() const { return QStringView(text).mid(nameLength + 1, codeLength); }
    QStringView groups() const { return QStringView(text).mid(nameLength + codeLength + 2); }
};
// Only Qt values inside (see ProjectSummary).
Q_DECLARE_TYPEINFO(FoldedSearchText, Q_RELOCATABLE_TYPE);
