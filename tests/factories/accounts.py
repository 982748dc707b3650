import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from ern_learning.accounts.models import Country, MembershipStatus, User
from ern_learning.accounts.roles import Role

PASSWORD = "correct-horse-battery"


def roles_hook(default_roles: tuple[Role, ...]):
    """A post-generation hook giving the user `default_roles` unless the test passes `roles=`."""

    @factory.post_generation
    def roles(obj, create, extracted, **kwargs):
        if create:
            chosen = default_roles if extracted is None else extracted
            obj.groups.set(Group.objects.filter(name__in=[str(role) for role in chosen]))

    return roles


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@police.example")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    country = Country.CAMBODIA
    agency = "National Police"
    preferred_language = "en"
    membership_status = MembershipStatus.APPROVED
    password = factory.django.Password(PASSWORD)

    roles = roles_hook((Role.OFFICER,))

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class OfficerFactory(UserFactory):
    pass


class PendingUserFactory(UserFactory):
    membership_status = MembershipStatus.PENDING
    roles = roles_hook(())


class FocalPointFactory(UserFactory):
    roles = roles_hook((Role.FOCAL_POINT, Role.OFFICER))


class AuthorFactory(UserFactory):
    country = Country.UNODC
    roles = roles_hook((Role.AUTHOR,))


class ReviewerFactory(UserFactory):
    country = Country.UNODC
    roles = roles_hook((Role.REVIEWER,))


class OrganizerFactory(UserFactory):
    country = Country.UNODC
    roles = roles_hook((Role.ORGANIZER,))


class AdministratorFactory(UserFactory):
    country = Country.UNODC
    roles = roles_hook((Role.ADMINISTRATOR,))


def give_totp(user: User) -> None:
    """Set up an authenticator app for a staff user, as allauth would after activation."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    TOTP.activate(user, generate_totp_secret())
