#pragma once

#include <QJsonValue>
#include <QUndoCommand>

#include <functional>

// One edit of one field. Repeated edits of the same field merge into one command (typing a word is
// one undo step), and a command whose value returns to where it started becomes obsolete and
// disappears, so the undo stack is clean exactly when nothing differs (as Tiled does).
class FieldEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const QString& key, const QJsonValue& value)>;

    FieldEditCommand(const QString& key, const QString& label, const QJsonValue& before,
                     const QJsonValue& after, Apply apply, QUndoCommand* parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    void undo() override;
    void redo() override;

    QString key() const { return m_key; }

private:
    QString m_key;
    QJsonValue m_before;
    QJsonValue m_after;
    Apply m_apply;
};
