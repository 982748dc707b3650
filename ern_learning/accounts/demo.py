"""Demo people for `seed_demo`: one per role, officers from several countries, one applicant pending."""

from ern_learning.accounts.models import Country, User
from ern_learning.accounts.roles import Role
from ern_learning.accounts.services.members import create_member

DEMO_PASSWORD = "ern-demo-2026"

DEMO_PEOPLE = [
    dict(email="admin@ern.example", first_name="Amara", last_name="Admin", country=Country.UNODC, agency="UNODC Regional Office for Southeast Asia and the Pacific", rank="Programme Officer", roles=(Role.ADMINISTRATOR,), is_superuser=True),
    dict(email="author@ern.example", first_name="Aiko", last_name="Tanaka", country=Country.UNODC, agency="UNODC", rank="Crime Prevention Expert", roles=(Role.AUTHOR,)),
    dict(email="reviewer@ern.example", first_name="Rahul", last_name="Menon", country=Country.UNODC, agency="UNODC", rank="Senior Programme Officer", roles=(Role.REVIEWER,)),
    dict(email="organiser@ern.example", first_name="Olivia", last_name="Reyes", country=Country.UNODC, agency="UNODC", rank="Programme Coordinator", roles=(Role.ORGANIZER,)),
    dict(email="focal.kh@ern.example", first_name="Vanna", last_name="Chea", native_name="ជា វណ្ណា", country=Country.CAMBODIA, agency="Cambodian National Police", unit="Anti-Human Trafficking and Juvenile Protection Department", rank="Colonel", preferred_language="km", roles=(Role.FOCAL_POINT, Role.OFFICER)),
    dict(email="focal.th@ern.example", first_name="Somchai", last_name="Wongsakul", native_name="สมชาย วงศ์สกุล", country=Country.THAILAND, agency="Royal Thai Police", unit="Anti-Trafficking in Persons Division", rank="Police Colonel", preferred_language="th", roles=(Role.FOCAL_POINT, Role.OFFICER)),
    dict(email="officer.kh@ern.example", first_name="Sophea", last_name="Sok", native_name="សុខ សុភា", country=Country.CAMBODIA, agency="Cambodian National Police", unit="Cybercrime Office", rank="Captain", preferred_language="km"),
    dict(email="officer.th@ern.example", first_name="Niran", last_name="Srisuk", native_name="นิรันดร์ ศรีสุข", country=Country.THAILAND, agency="Royal Thai Police", unit="Technology Crime Suppression Division", rank="Police Major", preferred_language="th"),
    dict(email="officer.vn@ern.example", first_name="Minh Anh", last_name="Nguyen", native_name="Nguyễn Minh Anh", country=Country.VIET_NAM, agency="Ministry of Public Security", unit="Criminal Police Department", rank="Major", preferred_language="vi"),
    dict(email="officer.la@ern.example", first_name="Somphone", last_name="Phommachanh", native_name="ສົມພອນ ພົມມະຈັນ", country=Country.LAO_PDR, agency="Ministry of Public Security", unit="Anti-Human Trafficking Department", rank="Lieutenant Colonel", preferred_language="lo"),
    dict(email="officer.id@ern.example", first_name="Dewi", last_name="Lestari", country=Country.INDONESIA, agency="Indonesian National Police", unit="Directorate of Cyber Crime", rank="Police Commissioner", preferred_language="id"),
    dict(email="officer.my@ern.example", first_name="Aiman", last_name="Rahman", country=Country.MALAYSIA, agency="Royal Malaysia Police", unit="D3 Anti-Trafficking in Persons", rank="Inspector", preferred_language="ms"),
    dict(email="officer.ph@ern.example", first_name="Maria", last_name="Santos", country=Country.PHILIPPINES, agency="Philippine National Police", unit="Women and Children Protection Center", rank="Police Major", preferred_language="fil"),
    dict(email="ncb.th@ern.example", first_name="Kittipong", last_name="Chaiyaporn", native_name="กิตติพงษ์ ชัยพร", country=Country.INTERPOL, agency="INTERPOL NCB Bangkok", rank="Police Lieutenant Colonel", preferred_language="th"),
    dict(email="pending.kh@ern.example", first_name="Dara", last_name="Kim", native_name="គីម ដារា", country=Country.CAMBODIA, agency="Cambodian National Police", unit="Provincial Police, Sihanoukville", rank="Lieutenant", preferred_language="km", roles=(), approved=False),
]


def seed_people() -> dict[str, User]:
    """Create every demo person (idempotent); returns them by e-mail."""
    return {person["email"]: create_member(password=DEMO_PASSWORD, **person) for person in DEMO_PEOPLE}
