from wagtail.permission_policies import ModelPermissionPolicy


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Model permissions where nobody, superusers included, may add, change or delete: records stay as written."""

    READ_ACTIONS = frozenset({"view"})

    def user_has_permission(self, user, action):
        return action in self.READ_ACTIONS and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a in self.READ_ACTIONS])
