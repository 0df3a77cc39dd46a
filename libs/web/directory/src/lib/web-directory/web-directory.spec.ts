import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebDirectory } from './web-directory';

describe('WebDirectory', () => {
  let component: WebDirectory;
  let fixture: ComponentFixture<WebDirectory>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebDirectory],
    }).compileComponents();

    fixture = TestBed.createComponent(WebDirectory);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
