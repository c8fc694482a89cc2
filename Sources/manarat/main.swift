import Foundation
import ManaratApp

exit(await Manarat.run())
