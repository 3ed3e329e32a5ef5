#pragma once

// What every editor GUI test shares: a fresh sandbox + editor per test function and the user's
// gestures the tests repeat (replace a field's text, save through the preview, check the PUT body).
#include "tests/support/EditorFixture.h"

#include <QJsonObject>
#include <QObject>

class ConflictDialog;
class DiffPreviewDialog;
class QLineEdit;

namespace ForgeDeskTest {

class EditorTestBase : public QObject
{
    Q_OBJECT
protected:
    QLineEdit* lineEdit(const QString& key) const;
    void replaceText(const QString& key, const QString& text);
    DiffPreviewDialog* diffDialog() const;
    ConflictDialog* conflictDialog() const;
    // Save, confirm the preview; returns the labels the preview listed.
    QStringList saveAndConfirm();
    // ... and wait for the server's answer; returns the last PUT body.
    QJsonObject saveAndWait();
    // Saves and checks that exactly `expected` was sent, stored and shown as loaded.
    void checkSaved(const QJsonObject& expected);
    void startTest();

    std::unique_ptr<EditorFixture> f;
};

} // namespace ForgeDeskTest
